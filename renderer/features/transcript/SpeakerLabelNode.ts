import { $applyNodeReplacement, TextNode, type EditorConfig, type LexicalNode } from 'lexical';

/** Who a speaker label belongs to, as the chip shows it. */
export interface SpeakerChip {
  /** The name to show (the participant's name when the label is mapped to one). */
  name: string;
  /** The timestamp written beside the label, if any ("00:01:23"). */
  timestamp: string;
  /** 'participant' (a case), 'team' (interviewer, facilitator) or '' (not yet decided). */
  role: 'participant' | 'team' | '';
}

/**
 * The characters of a speaker label as stored ("**Adam:**", "Speaker 1 (00:00):").
 *
 * It stays a text node holding exactly those characters, so every offset in the view is the
 * offset in the stored text and selections across a label need no special arithmetic. What
 * the reader sees is a chip drawn by CSS from data attributes (name, timestamp); the raw
 * characters are kept in the DOM but not shown. A label cut into pieces by a coding boundary
 * carries the chip on its first piece only (`chip` is null on the others).
 */
export class SpeakerLabelNode extends TextNode {
  __chip: SpeakerChip | null = null;

  override $config() {
    return this.config('speaker-label', { extends: TextNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__chip = prevNode.__chip;
  }

  getChip(): SpeakerChip | null {
    return this.getLatest().__chip;
  }

  override createDOM(config: EditorConfig) {
    const element = super.createDOM(config);
    element.classList.add('speaker-label');
    const chip = this.__chip;
    if (chip) {
      element.dataset.speaker = chip.name;
      if (chip.timestamp) element.dataset.time = chip.timestamp;
      if (chip.role) element.dataset.role = chip.role;
    }
    return element;
  }

  override updateDOM(): boolean {
    // The transcript is rebuilt, never edited: a changed label is a new node.
    return true;
  }

  override isTextEntity(): true {
    return true;
  }
}

export function $createSpeakerLabelNode(text: string, chip: SpeakerChip | null): SpeakerLabelNode {
  const node = new SpeakerLabelNode(text);
  node.__chip = chip;
  return $applyNodeReplacement(node);
}

export function $isSpeakerLabelNode(node: LexicalNode | null | undefined): node is SpeakerLabelNode {
  return node instanceof SpeakerLabelNode;
}
