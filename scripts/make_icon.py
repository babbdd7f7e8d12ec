"""Draw the application icon (resources/icons/ishoj-mus.png and .ico) with Pillow.

Two overlapping speech bubbles in the voices' colours – two people, one conversation.
Run once; the files are committed.
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> Image.Image:
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([8 * s, 8 * s, 248 * s, 248 * s], radius=48 * s, fill=(11, 79, 108, 255))
    d.rounded_rectangle([36 * s, 52 * s, 160 * s, 140 * s], radius=26 * s, fill=(234, 241, 250, 255))
    d.polygon([(64 * s, 136 * s), (56 * s, 170 * s), (96 * s, 138 * s)], fill=(234, 241, 250, 255))
    d.rounded_rectangle([96 * s, 112 * s, 220 * s, 200 * s], radius=26 * s, fill=(251, 239, 228, 255))
    d.polygon([(190 * s, 196 * s), (200 * s, 228 * s), (162 * s, 198 * s)], fill=(251, 239, 228, 255))
    for i, y in enumerate((82, 104)):
        d.rounded_rectangle(
            [58 * s, (y - 5) * s, (138 - 24 * i) * s, (y + 5) * s], radius=5 * s, fill=(31, 95, 168, 255)
        )
    for i, y in enumerate((142, 164)):
        d.rounded_rectangle(
            [118 * s, (y - 5) * s, (198 - 30 * i) * s, (y + 5) * s], radius=5 * s, fill=(163, 74, 0, 255)
        )
    return img


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "ishoj-mus.png")
    big.save(
        OUT / "ishoj-mus.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    print("written", OUT)
