import { Fragment, useState } from 'react';
import type { ImportPreviewFile } from '../../../core/model/importTypes';
import { SpeakerPatternField } from './SpeakerPatternField';
import type { SpeakerChoice } from './speakerChoice';

const shownSpeakers = 8;

function shownName(file: string, folder: string): string {
  return folder && file.startsWith(folder) ? file.slice(folder.length) : file;
}

function StatusCell({ file }: { file: ImportPreviewFile }) {
  if (file.status === 'ready') return <span className="badge ok">Ready</span>;
  if (file.status === 'duplicate') {
    return (
      <>
        <span className="badge warn">Duplicate</span>
        <div className="status-reason">
          Same content as “{file.duplicateOf?.title ?? 'a document in this project'}”
        </div>
      </>
    );
  }
  return (
    <>
      <span className="badge bad">Cannot import</span>
      {file.reason && <div className="status-reason bad">{file.reason}</div>}
    </>
  );
}

function SpeakersCell({ file }: { file: ImportPreviewFile }) {
  if (file.status === 'failed') return null;
  const speakers = file.speakers ?? [];
  return (
    <>
      {file.convention && <div className="convention">{file.convention}</div>}
      {speakers.length === 0 ? (
        !file.convention && <span className="muted">No speakers found</span>
      ) : (
        <div className="speaker-chips" aria-label={`Speakers in ${file.file}`}>
          {speakers.slice(0, shownSpeakers).map((s) => (
            <span className="speaker-chip" key={s.name} title={s.firstLine}>
              {s.name}
              <span className="count">{s.turnCount}</span>
            </span>
          ))}
          {speakers.length > shownSpeakers && <span className="muted">+{speakers.length - shownSpeakers} more</span>}
        </div>
      )}
    </>
  );
}

/**
 * What each file would become: its format and size, whether it can be imported, and the
 * speakers found. Each row can override how turns are found for that file, and show the start
 * of its text.
 */
export function ImportPreviewTable({
  files,
  folder,
  overrides,
  onOverride,
}: {
  files: ImportPreviewFile[];
  /** The folder all files share (shown once in the title, not on every row). */
  folder: string;
  overrides: Record<string, SpeakerChoice>;
  onOverride: (file: string, choice: SpeakerChoice | null) => void;
}) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (file: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(file)) next.add(file);
      return next;
    });

  return (
    <div className="table-wrap import-table-wrap">
      <table className="data-table import-table" aria-label="Files to import">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col" className="num">Words</th>
            <th scope="col">Status</th>
            <th scope="col">Speakers found (turns)</th>
            <th scope="col">Speaker turns in this file</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => {
            const expanded = open.has(f.file);
            return (
              <Fragment key={f.file}>
                <tr className={`import-row status-${f.status}`} data-file={f.file}>
                  <td>
                    <div className="file-cell">
                    <button
                      type="button"
                      className="disclosure"
                      aria-expanded={expanded}
                      aria-label={`${expanded ? 'Hide' : 'Show'} the text of ${f.file}`}
                      onClick={() => toggle(f.file)}
                      disabled={f.status === 'failed' && !f.excerpt}
                    >
                      {expanded ? '▾' : '▸'}
                    </button>
                    <span className="file-name" title={f.file}>{shownName(f.file, folder)}</span>
                    </div>
                  </td>
                  <td>{f.format ? <span className="format">{f.format}</span> : <span className="muted">—</span>}</td>
                  <td className="num">
                    {f.words !== undefined ? f.words.toLocaleString() : '—'}
                    {f.characters !== undefined && <div className="sub">{f.characters.toLocaleString()} chars</div>}
                  </td>
                  <td>
                    <StatusCell file={f} />
                  </td>
                  <td className="speakers-cell">
                    <SpeakersCell file={f} />
                  </td>
                  <td className="override-cell">
                    {f.status !== 'failed' && (
                      <SpeakerPatternField
                        compact
                        inherit
                        label={`Speaker turns in ${f.file}`}
                        choice={overrides[f.file] ?? null}
                        onChange={(c) => onOverride(f.file, c)}
                      />
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr className="excerpt-row">
                    <td colSpan={6}>
                      {f.warnings && f.warnings.length > 0 && (
                        <ul className="warnings">
                          {f.warnings.map((w) => (
                            <li key={w}>{w}</li>
                          ))}
                        </ul>
                      )}
                      <pre className="excerpt" aria-label={`Start of ${f.file}`}>
                        {f.excerpt ?? ''}
                      </pre>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
