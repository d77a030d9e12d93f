/* Display screen: rotate the headlines and refresh the content from the page's content/ URL.
   If the network drops, the last content stays on screen and a notice says so; the next
   successful fetch replaces it. Without this script the page uses a meta refresh instead. */
(function () {
  "use strict";

  var frame = document.querySelector("[data-screen]");
  if (!frame || !window.fetch) {
    return;
  }
  var slideMs = Math.max(5, parseInt(frame.getAttribute("data-slide-seconds"), 10) || 12) * 1000;
  var refreshMs = Math.max(30, parseInt(frame.getAttribute("data-refresh-seconds"), 10) || 120) * 1000;
  var contentUrl = frame.getAttribute("data-content-url");
  var controls = frame.querySelector(".screen__controls");
  var pauseButton = frame.querySelector("[data-pause]");
  var offlineNotice = frame.querySelector("[data-offline]");
  var index = 0;
  var paused = false;
  var lastHtml = null;

  function slides() {
    return frame.querySelectorAll("[data-slide]");
  }

  function show(next) {
    var all = slides();
    if (!all.length) {
      return;
    }
    index = ((next % all.length) + all.length) % all.length;
    for (var i = 0; i < all.length; i += 1) {
      all[i].hidden = i !== index;
    }
  }

  function current() {
    var all = slides();
    for (var i = 0; i < all.length; i += 1) {
      if (!all[i].hidden) {
        return i;
      }
    }
    return 0;
  }

  function setOffline(offline) {
    if (offlineNotice) {
      offlineNotice.hidden = !offline;
    }
    frame.classList.toggle("is-offline", offline);
  }

  function refresh() {
    fetch(contentUrl, { credentials: "omit", cache: "no-cache" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        setOffline(false);
        if (html === lastHtml) {
          return;
        }
        var template = document.createElement("template");
        template.innerHTML = html;
        var fresh = template.content.querySelector("[data-screen-content]");
        var old = frame.querySelector("[data-screen-content]");
        if (!fresh || !old) {
          return;
        }
        lastHtml = html;
        var keep = index;
        old.parentNode.replaceChild(fresh, old);
        show(keep);
      })
      .catch(function () {
        setOffline(true); /* keep showing what is already on screen */
      });
  }

  index = current();
  show(index);
  if (controls) {
    controls.hidden = false;
  }
  if (pauseButton) {
    pauseButton.addEventListener("click", function () {
      paused = !paused;
      pauseButton.setAttribute("aria-pressed", paused ? "true" : "false");
    });
  }
  window.setInterval(function () {
    if (!paused) {
      show(index + 1);
    }
  }, slideMs);
  window.setInterval(refresh, refreshMs);
  window.addEventListener("online", refresh);
})();
