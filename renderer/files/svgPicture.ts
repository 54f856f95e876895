// Browsers refuse canvases past about 16k pixels a side or 268 million pixels in all.
const maxSide = 16_000;
const maxPixels = 120_000_000;

/**
 * An SVG document as a PNG: loaded as an image from a blob: URL (allowed by the CSP's img-src)
 * and drawn on a white canvas at `preferredScale` (twice the size by default, for print), or
 * less when a huge picture would pass what browsers can draw.
 */
export async function svgToPng(svg: string, width: number, height: number, preferredScale = 2): Promise<Blob> {
  const scale = Math.min(preferredScale, maxSide / width, maxSide / height, Math.sqrt(maxPixels / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The picture could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw pictures (no canvas).');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be saved as PNG.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
