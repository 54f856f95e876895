import { setCodingRealistRole } from '../coding/codingQueries';
import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import type { Session } from '../session';
import { exportCmoCsv, exportCmoHtml } from './cmoExports';
import { codingDeletionImpact } from './codingImpact';
import { createConfiguration, deleteConfiguration, getConfiguration, listConfigurations, setConfigurationStatus, updateConfiguration } from './configurationQueries';
import { addEvidence, createElement, deleteElement, elementEvidence, getElement, listElements, removeEvidence, updateElement } from './elementQueries';
import { configurationGraph } from './realistGraph';
import { compareVersions, createVersion, deleteVersion, getVersion, listVersions, updateVersion } from './versionQueries';

const changed = (s: Session) => s.emit('realist.changed', {});

/** Every realist change is one undoable action. */
function write<T>(s: Session, label: string, work: () => T): T {
  const f = s.project;
  const result = recordAction(f, label, null, work);
  changed(s);
  return result;
}

export const realistHandlers: HandlerMap<
  | 'codings.setRealistRole'
  | 'codings.deletionImpact'
  | 'cmo.elements.list'
  | 'cmo.elements.create'
  | 'cmo.elements.update'
  | 'cmo.elements.delete'
  | 'cmo.elements.addEvidence'
  | 'cmo.elements.removeEvidence'
  | 'cmo.elements.evidence'
  | 'cmo.configurations.list'
  | 'cmo.configurations.create'
  | 'cmo.configurations.update'
  | 'cmo.configurations.delete'
  | 'cmo.configurations.setStatus'
  | 'cmo.versions.list'
  | 'cmo.versions.create'
  | 'cmo.versions.update'
  | 'cmo.versions.delete'
  | 'cmo.versions.compare'
  | 'cmo.graph'
  | 'cmo.exportCsv'
  | 'cmo.exportHtml'
> = {
  'codings.setRealistRole': (a, s) => {
    const coding = write(s, a.role ? `Tag a passage as ${a.role}` : 'Clear a passage tag', () => setCodingRealistRole(s.project, a.codingId, a.role));
    s.emit('codings.changed', { documentId: coding.documentId });
    return coding;
  },
  'codings.deletionImpact': (a, s) => codingDeletionImpact(s.project, a.codingId),
  'cmo.elements.list': (_a, s) => listElements(s.project),
  'cmo.elements.create': (a, s) => write(s, `Add element ${a.label}`, () => createElement(s.project, a)),
  'cmo.elements.update': (a, s) => write(s, `Edit element ${getElement(s.project, a.elementId).label}`, () => updateElement(s.project, a.elementId, a)),
  'cmo.elements.delete': (a, s) => write(s, `Delete element ${getElement(s.project, a.elementId).label}`, () => (deleteElement(s.project, a.elementId), null)),
  'cmo.elements.addEvidence': (a, s) => write(s, 'Link evidence', () => (addEvidence(s.project, a.elementId, a.codingIds), null)),
  'cmo.elements.removeEvidence': (a, s) => write(s, 'Unlink evidence', () => (removeEvidence(s.project, a.elementId, a.codingIds), null)),
  'cmo.elements.evidence': (a, s) => elementEvidence(s.project, a.elementId),
  'cmo.configurations.list': (a, s) => listConfigurations(s.project, a.versionId),
  'cmo.configurations.create': (a, s) => write(s, 'Add a configuration', () => createConfiguration(s.project, a)),
  'cmo.configurations.update': (a, s) => write(s, 'Edit a configuration', () => updateConfiguration(s.project, a.configurationId, a)),
  'cmo.configurations.delete': (a, s) => {
    getConfiguration(s.project, a.configurationId);
    return write(s, 'Delete a configuration', () => (deleteConfiguration(s.project, a.configurationId), null));
  },
  'cmo.configurations.setStatus': (a, s) =>
    write(s, a.status ? `Mark a configuration ${a.status} in ${getVersion(s.project, a.versionId).name}` : 'Take a configuration out of a version', () => (setConfigurationStatus(s.project, a), null)),
  'cmo.versions.list': (_a, s) => listVersions(s.project),
  'cmo.versions.create': (a, s) => write(s, `Add theory version ${a.name}`, () => createVersion(s.project, a)),
  'cmo.versions.update': (a, s) => write(s, `Edit theory version ${getVersion(s.project, a.versionId).name}`, () => updateVersion(s.project, a.versionId, a)),
  'cmo.versions.delete': (a, s) => write(s, `Delete theory version ${getVersion(s.project, a.versionId).name}`, () => (deleteVersion(s.project, a.versionId), null)),
  'cmo.versions.compare': (a, s) => compareVersions(s.project, a.fromVersionId, a.toVersionId),
  'cmo.graph': (a, s) => configurationGraph(s.project, a),
  'cmo.exportCsv': (a, s) => exportCmoCsv(s.project, a.versionId, a.groupAttributeId),
  'cmo.exportHtml': (a, s) => exportCmoHtml(s.project, a.versionId, a.groupAttributeId),
};
