import { AppError } from './model/errors';

/**
 * Long work a client started with an operationId (an import, say) and may cancel. The work
 * checks `throwIfCancelled` between steps; what is already done stays done and is reported.
 */
export class Operations {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();

  start(operationId: string | undefined): void {
    if (operationId) this.running.add(operationId);
  }

  finish(operationId: string | undefined): void {
    if (!operationId) return;
    this.running.delete(operationId);
    this.cancelled.delete(operationId);
  }

  /** A cancel may arrive before the work starts (an upload still in transit): it is kept until then. */
  cancel(operationId: string): void {
    this.cancelled.add(operationId);
  }

  isCancelled(operationId: string | undefined): boolean {
    return operationId !== undefined && this.cancelled.has(operationId);
  }

  throwIfCancelled(operationId: string | undefined): void {
    if (this.isCancelled(operationId)) throw new AppError('cancelled', 'Cancelled.');
  }
}
