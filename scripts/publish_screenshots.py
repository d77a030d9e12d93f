"""Copy the browser tests' screenshots into docs/screenshots/ for the README, made smaller.

Run by `make screenshots` after the browser tests; full-page shots are cut to a readable height.
"""

import sys
from pathlib import Path

from PIL import Image

SOURCE = Path("artifacts/screenshots")
TARGET = Path("docs/screenshots")
MAX_WIDTH = 900
MAX_HEIGHT = 2400


def main() -> int:
    shots = sorted(SOURCE.glob("*.png"))
    if not shots:
        print("No screenshots: run the browser tests first (make screenshots does).", file=sys.stderr)
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    for index, path in enumerate(shots, start=1):
        with Image.open(path) as image:
            image = image.convert("RGB")
            if image.width > MAX_WIDTH:
                image = image.resize((MAX_WIDTH, round(image.height * MAX_WIDTH / image.width)))
            image = image.crop((0, 0, image.width, min(image.height, MAX_HEIGHT)))
            image.save(TARGET / path.name, optimize=True)
        print(f"[{index}/{len(shots)}] {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
