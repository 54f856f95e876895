import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import './components.css';

export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  message: string;
  action?: ToastAction;
}

interface ToastApi {
  /** Show a short message at the bottom of the window, optionally with one action (Undo). */
  show(message: string, action?: ToastAction): void;
}

const ToastContext = createContext<ToastApi | null>(null);

const plainMs = 4000;
const withActionMs = 9000;

function ToastItem({ toast, onDone }: { toast: Toast; onDone: (id: number) => void }) {
  const timer = useRef<number | undefined>(undefined);
  const start = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onDone(toast.id), toast.action ? withActionMs : plainMs);
  }, [toast, onDone]);
  useEffect(() => {
    start();
    return () => window.clearTimeout(timer.current);
  }, [start]);

  return (
    // Pausing while the pointer or focus is on it leaves time to reach the Undo button.
    <div className="toast" onMouseEnter={() => window.clearTimeout(timer.current)} onMouseLeave={start} onFocus={() => window.clearTimeout(timer.current)} onBlur={start}>
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action!.run();
            onDone(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button toast-close" aria-label="Dismiss message" onClick={() => onDone(toast.id)}>
        ×
      </button>
    </div>
  );
}

/** Holds the messages of one workspace; the newest three are shown. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const remove = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const api = useMemo<ToastApi>(
    () => ({
      show: (message, action) => setToasts((list) => [...list.slice(-2), { id: nextId.current++, message, ...(action ? { action } : {}) }]),
    }),
    [],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite" aria-label="Messages">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} onDone={remove} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}
