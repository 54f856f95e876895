import type { AgreementSession } from './useAgreementSession';

/** The top-bar switch between the transcript and the agreement view. */
export function AgreementButton({ session }: { session: AgreementSession }) {
  return (
    <button
      type="button"
      className={session.open ? 'active' : undefined}
      aria-pressed={session.open}
      onClick={() => session.setOpen(!session.open)}
      title="Inter-coder agreement: compare coders, settle disagreements, assign documents"
    >
      Agreement
    </button>
  );
}
