import { useMemo } from 'react';
import type { EventName } from '../../../core/api';
import type { CmoElement } from '../../../core/model/realistTypes';
import { useQuery } from '../../api/ApiContext';
import { configurationNumbers } from './slots';

/** Anything that changes configurations, their evidence or who supports them. */
export const REALIST_EVENTS: EventName[] = ['realist.changed', 'history.changed', 'codings.changed', 'participants.changed', 'attributes.changed', 'documents.changed'];

/** What every realist view reads: configurations, elements, theory versions, participants and their attributes. */
export function useRealistData() {
  const configurations = useQuery('cmo.configurations.list', {}, REALIST_EVENTS);
  const elements = useQuery('cmo.elements.list', {}, REALIST_EVENTS);
  const versions = useQuery('cmo.versions.list', {}, ['realist.changed', 'history.changed']);
  const attributes = useQuery('attributes.list', { scope: 'participant' }, ['attributes.changed', 'history.changed']);
  const participants = useQuery('participants.list', {}, ['participants.changed', 'attributes.changed', 'history.changed']);
  const numbers = useMemo(() => configurationNumbers((configurations.data ?? []).map((c) => c.id)), [configurations.data]);
  const configurationById = useMemo(() => new Map((configurations.data ?? []).map((c) => [c.id, c])), [configurations.data]);
  const elementById = useMemo(() => new Map((elements.data ?? []).map((e) => [e.id, e])), [elements.data]);
  return {
    configurations: configurations.data,
    elements: elements.data,
    versions: versions.data,
    attributes: attributes.data,
    participants: participants.data,
    error: configurations.error ?? elements.error ?? versions.error ?? attributes.error ?? participants.error,
    numbers,
    configurationById,
    elementById,
  };
}

export type RealistData = ReturnType<typeof useRealistData>;

/** "CMO 3", the name a configuration goes by on screen. */
export function cmoName(numbers: ReadonlyMap<number, number>, configurationId: number): string {
  return `CMO ${numbers.get(configurationId) ?? '?'}`;
}

/** The configurations an element fills a slot of, other than `except`. */
export function sharedWith(element: CmoElement | undefined, except?: number): CmoElement['usedIn'] {
  return (element?.usedIn ?? []).filter((u) => u.configurationId !== except);
}
