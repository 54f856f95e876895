/**
 * Names that must be unique (case-insensitively) in the project — document sets, participants,
 * attributes of one scope, codes under one parent — but may repeat in a file from another
 * program. A repeat gets " (2)", " (3)", … and the caller reports it.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string> = []) {
    for (const name of existing) this.taken.add(name.toLocaleLowerCase());
  }

  /** The name to use: `wanted` if free, otherwise the first free numbered variant. */
  claim(wanted: string): string {
    const base = wanted.trim();
    let name = base;
    for (let n = 2; this.taken.has(name.toLocaleLowerCase()); n++) name = `${base} (${n})`;
    this.taken.add(name.toLocaleLowerCase());
    return name;
  }
}
