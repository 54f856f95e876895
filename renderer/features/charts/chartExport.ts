import { downloadBlob, safeFileName } from '../../files/downloads';
import { svgToPng } from '../../files/svgPicture';

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * A chart as a file. The SVG on screen is drawn with presentation attributes only (no CSS
 * classes), so serialising the element gives a file that looks the same anywhere. PNG: the
 * same SVG drawn at twice the size, on white (files/svgPicture).
 */
const titleBand = 30;

/** The chart as a stand-alone SVG file: its title written above it, as a figure in a paper has. */
export function svgText(svg: SVGSVGElement): string {
  const width = svg.viewBox.baseVal.width || svg.clientWidth;
  const height = (svg.viewBox.baseVal.height || svg.clientHeight) + titleBand;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // Focus rings and hover marks belong to the screen, not the file.
  for (const el of copy.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  const body = document.createElementNS(svgNs, 'g');
  body.setAttribute('transform', `translate(0 ${titleBand})`);
  for (const child of [...copy.childNodes]) if (!(child instanceof SVGTitleElement || child instanceof SVGDescElement)) body.append(child);
  const background = document.createElementNS(svgNs, 'rect');
  Object.entries({ x: '0', y: '0', width: String(width), height: String(height), fill: '#ffffff' }).forEach(([k, v]) => background.setAttribute(k, v));
  const heading = document.createElementNS(svgNs, 'text');
  Object.entries({ x: '8', y: '20', 'font-size': '14', 'font-weight': '600', fill: '#1f2328' }).forEach(([k, v]) => heading.setAttribute(k, v));
  heading.textContent = copy.querySelector('title')?.textContent ?? '';
  copy.append(background, heading, body);
  copy.setAttribute('xmlns', svgNs);
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function saveSvg(svg: SVGSVGElement, name: string): void {
  downloadBlob(`${safeFileName(name)}.svg`, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
}

export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = svg.viewBox.baseVal.width || svg.clientWidth;
  const height = (svg.viewBox.baseVal.height || svg.clientHeight) + titleBand;
  return svgToPng(svgText(svg), width, height, scale);
}

export async function savePng(svg: SVGSVGElement, name: string): Promise<void> {
  downloadBlob(`${safeFileName(name)}.png`, await pngBlob(svg));
}
