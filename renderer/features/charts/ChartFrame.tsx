import { useRef, type ReactNode } from 'react';
import { useToast } from '../../components/Toast';
import { savePng, saveSvg } from './chartExport';
import './charts.css';

/** A chart with its caption and the two ways to keep it: SVG (for papers) and PNG (for slides). */
export function ChartFrame({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  const box = useRef<HTMLElement>(null);
  const toast = useToast();
  const svg = () => box.current?.querySelector('svg') ?? null;

  const save = async (kind: 'svg' | 'png') => {
    const element = svg();
    if (!element) return;
    try {
      if (kind === 'svg') saveSvg(element, title);
      else await savePng(element, title);
      toast.show(`Saved ${title}.${kind}`);
    } catch (e) {
      toast.show((e as Error).message);
    }
  };

  return (
    <figure className="chart-frame" ref={box}>
      <figcaption className="chart-caption">
        <span className="chart-title">{title}</span>
        <span className="chart-actions" role="group" aria-label={`Save the chart ${title}`}>
          <button type="button" className="small" onClick={() => void save('svg')}>
            Save SVG
          </button>
          <button type="button" className="small" onClick={() => void save('png')}>
            Save PNG
          </button>
        </span>
      </figcaption>
      <div className="chart-body">{children}</div>
      {note && <p className="chart-note">{note}</p>}
    </figure>
  );
}
