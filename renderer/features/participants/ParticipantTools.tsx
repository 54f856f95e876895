import { useState } from 'react';
import { useQuery } from '../../api/ApiContext';
import { ParticipantsSheet } from './ParticipantsSheet';
import { SpeakersDialog } from './SpeakersDialog';

/** The workspace's doors to speakers and participants, with a count of labels still to decide. */
export function ParticipantTools() {
  const [open, setOpen] = useState<'speakers' | 'participants' | null>(null);
  const speakers = useQuery('speakers.list', {}, ['participants.changed', 'documents.changed', 'history.changed']);
  const undecided = (speakers.data ?? []).filter((s) => s.documents.some((d) => d.participantId === null && !d.notParticipant)).length;
  return (
    <div className="participant-tools">
      <button type="button" onClick={() => setOpen('speakers')} title="Say who each speaker label is">
        Speakers
        {undecided > 0 && (
          <span className="badge warn" aria-label={`${undecided} undecided`}>
            {undecided}
          </span>
        )}
      </button>
      <button type="button" onClick={() => setOpen('participants')}>
        Participants
      </button>
      {open === 'speakers' && <SpeakersDialog onClose={() => setOpen(null)} />}
      {open === 'participants' && <ParticipantsSheet onClose={() => setOpen(null)} onMapSpeakers={() => setOpen('speakers')} />}
    </div>
  );
}
