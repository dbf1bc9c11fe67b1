/** The parts of a protobufjs JSON descriptor (`pbjs -t json`) that decide wire compatibility. */
type Field = { type: string; id: number; rule?: string; keyType?: string };
type Namespace = {
  nested?: Record<string, Namespace>;
  fields?: Record<string, Field>;
  values?: Record<string, number>;
  reserved?: (number[] | string)[];
};

/** Lists every change from `released` to `current` that breaks existing terminals or readers. */
export function wireBreakingChanges(released: Namespace, current: Namespace, path = ''): string[] {
  const problems: string[] = [];
  for (const [name, before] of Object.entries(released.nested ?? {})) {
    const where = path ? `${path}.${name}` : name;
    const after = current.nested?.[name];
    if (!after) {
      problems.push(`${where} was removed`);
      continue;
    }
    problems.push(...fieldChanges(before, after, where), ...enumChanges(before, after, where));
    problems.push(...wireBreakingChanges(before, after, where));
  }
  return problems;
}

function reservesNumber(ns: Namespace, n: number): boolean {
  return (ns.reserved ?? []).some((r) => Array.isArray(r) && n >= r[0]! && n <= r[1]!);
}

function fieldChanges(before: Namespace, after: Namespace, where: string): string[] {
  const problems: string[] = [];
  const afterById = new Map(Object.entries(after.fields ?? {}).map(([name, f]) => [f.id, { name, ...f }]));
  for (const [name, f] of Object.entries(before.fields ?? {})) {
    const now = afterById.get(f.id);
    if (!now) {
      if (!reservesNumber(after, f.id))
        problems.push(`${where}.${name} (${f.id}) removed without reserving its number`);
      continue;
    }
    if (now.type !== f.type || (now.rule === 'repeated') !== (f.rule === 'repeated') || now.keyType !== f.keyType) {
      problems.push(`${where}.${name} (${f.id}) changed type from ${describe(f)} to ${describe(now)}`);
    }
    if (now.name !== name) problems.push(`${where} field ${f.id} renamed from ${name} to ${now.name}`);
  }
  for (const [name, f] of Object.entries(after.fields ?? {})) {
    if (reservesNumber(before, f.id)) problems.push(`${where}.${name} reuses reserved number ${f.id}`);
  }
  return problems;
}

function enumChanges(before: Namespace, after: Namespace, where: string): string[] {
  const problems: string[] = [];
  const afterByNumber = new Map(Object.entries(after.values ?? {}).map(([name, n]) => [n, name]));
  for (const [name, n] of Object.entries(before.values ?? {})) {
    const now = afterByNumber.get(n);
    if (now === undefined && !reservesNumber(after, n))
      problems.push(`${where}.${name} (${n}) removed without reserving it`);
    else if (now !== undefined && now !== name) problems.push(`${where} value ${n} renamed from ${name} to ${now}`);
  }
  return problems;
}

function describe(f: Field): string {
  return [f.rule === 'repeated' ? 'repeated' : '', f.keyType ? `map<${f.keyType},` : '', f.type]
    .filter(Boolean)
    .join(' ');
}
