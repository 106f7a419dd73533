// A pure MT940 (SWIFT customer statement) parser for the statements Polish banks export: :20:,
// :25:, :28C:, :60F:/:60M:, :61: (value date, entry date, C/D/RC/RD mark, amount, type, references),
// :86: with the Polish structured subfields (~00 type, ~20–~29 title, ~30/~31 counterparty bank and
// account, ~32/~33 name, ~38 IBAN; '~', '^', '<' or '?' as the separator, one field over many
// lines), :62F:/:62M:. The title's subfields are joined as the bank split them (every 27 characters).

export type Mt940Balance = { mark: 'C' | 'D'; date: string; currency: string; amount: number };

export type Mt940Entry = {
  /** 'YYYY-MM-DD' */
  valueDate: string;
  entryDate: string | null;
  mark: 'C' | 'D' | 'RC' | 'RD';
  /** Minor units, always positive; `mark` says which way. */
  amount: number;
  /** e.g. 'NTRF', 'N641', 'S020' */
  type: string;
  customerReference: string;
  bankReference: string | null;
  /** The :86: field: Polish subfields when structured, else its text. */
  details: Mt940Details;
  /** The :61: and :86: as written, to tell a line again when re-imported. */
  raw: string;
};

export type Mt940Details = {
  code: string | null;
  /** ~20–~29 joined; the whole :86: text when not structured. */
  title: string;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  subfields: Record<string, string>;
};

export type Mt940Statement = {
  reference: string;
  account: string;
  number: string | null;
  opening: Mt940Balance | null;
  closing: Mt940Balance | null;
  entries: Mt940Entry[];
};

export type Mt940Result = { ok: true; statements: Mt940Statement[] } | { ok: false; reason: 'not-mt940' };

/** "1500,00" → 150000; "12," → 1200. */
export function mt940Amount(text: string): number | null {
  const m = /^(\d{1,15}),(\d{0,2})$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

/** YYMMDD → 'YYYY-MM-DD' (SWIFT: years 00–79 are 20xx, 80–99 are 19xx). */
function day(yymmdd: string): string {
  const yy = Number(yymmdd.slice(0, 2));
  return `${yy < 80 ? 2000 + yy : 1900 + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

/** The entry date MMDD of a :61:, in the value date's year (or the next, across New Year). */
function entryDay(valueDate: string, mmdd: string): string {
  let year = Number(valueDate.slice(0, 4));
  const valueMonth = Number(valueDate.slice(5, 7));
  const month = Number(mmdd.slice(0, 2));
  if (valueMonth === 12 && month === 1) year += 1;
  if (valueMonth === 1 && month === 12) year -= 1;
  return `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
}

function balance(text: string): Mt940Balance | null {
  const m = /^([CD])(\d{6})([A-Z]{3})([\d,]+)/.exec(text.replace(/\s+/g, ''));
  const amount = m ? mt940Amount(m[4]) : null;
  return m && amount !== null ? { mark: m[1] as 'C' | 'D', date: day(m[2]), currency: m[3], amount } : null;
}

// value date, [entry date], mark, [funds code], amount, type (N/S/F + 3), customer ref, [//bank ref]
const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d{1,15},\d{0,2})([NSF][A-Z0-9]{3})(.*?)(?:\/\/(.*))?$/;

function entry(text61: string, text86: string | null): Mt940Entry | null {
  // The optional second line (supplementary details) stays in `raw` only.
  const first = text61.split('\n')[0];
  const m = LINE_61.exec(first.trim());
  if (!m) return null;
  const valueDate = day(m[1]);
  return {
    valueDate,
    entryDate: m[2] ? entryDay(valueDate, m[2]) : null,
    mark: m[3] as Mt940Entry['mark'],
    amount: mt940Amount(m[5])!,
    type: m[6],
    customerReference: m[7].trim(),
    bankReference: m[8]?.trim() || null,
    details: details(text86 ?? ''),
    raw: `:61:${text61}${text86 === null ? '' : `\n:86:${text86}`}`,
  };
}

/** The :86: field: `020~00PRZELEW~20PF/2026/…~32NAME…`; lines are joined as one (the bank breaks them anywhere). */
export function details(text: string): Mt940Details {
  const flat = text.replace(/\r?\n/g, '');
  const m = /^(\d{3})([~^<?])(.*)$/s.exec(flat);
  if (!m)
    return {
      code: null,
      title: text.replace(/\r?\n/g, ' ').trim(),
      counterpartyName: null,
      counterpartyAccount: null,
      subfields: {},
    };
  const [, code, sep, body] = m;
  const subfields: Record<string, string> = {};
  for (const part of body.split(sep)) {
    const sm = /^(\d{2})(.*)$/s.exec(part);
    if (!sm) continue;
    subfields[sm[1]] = (subfields[sm[1]] ?? '') + sm[2];
  }
  const join = (keys: string[]) => keys.map((k) => subfields[k] ?? '').join('');
  const title = join(['20', '21', '22', '23', '24', '25', '26', '27', '28', '29']).trim();
  const name = join(['32', '33']).trim() || null;
  const account = (subfields['38'] ?? `${subfields['30'] ?? ''}${subfields['31'] ?? ''}`).replace(/\s+/g, '') || null;
  return { code, title, counterpartyName: name, counterpartyAccount: account, subfields };
}

/** Splits the text into (tag, value) fields; a field runs until the next line opening with a tag. */
function fields(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/\s+$/, '');
    // The SWIFT envelope ({1:…}{2:…}{4:) and block ends (-}, -) carry no fields.
    if (!line || line.startsWith('{') || /^-\}?$/.test(line)) continue;
    const tag = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (tag) out.push([tag[1], tag[2]]);
    else if (out.length > 0) out[out.length - 1][1] += `\n${line}`;
  }
  return out;
}

export function parseMt940(text: string): Mt940Result {
  const statements: Mt940Statement[] = [];
  let current: Mt940Statement | null = null;
  let pending61: string | null = null;
  const flush = (text86: string | null) => {
    if (current && pending61 !== null) {
      const e = entry(pending61, text86);
      if (e) current.entries.push(e);
    }
    pending61 = null;
  };
  for (const [tag, value] of fields(text.replace(/^\uFEFF/, ''))) {
    if (tag === '86') {
      if (pending61 !== null) flush(value);
      continue;
    }
    flush(null);
    if (tag === '20') {
      current = { reference: value.trim(), account: '', number: null, opening: null, closing: null, entries: [] };
      statements.push(current);
    } else if (!current) continue;
    else if (tag === '25') current.account = value.trim().replace(/^\//, '').replace(/\s+/g, '');
    else if (tag === '28C' || tag === '28') current.number = value.trim();
    else if (tag === '60F' || tag === '60M') current.opening = balance(value);
    else if (tag === '62F' || tag === '62M') current.closing = balance(value);
    else if (tag === '61') pending61 = value;
  }
  flush(null);
  const valid = statements.filter((s) => s.account);
  return valid.length === 0 ? { ok: false, reason: 'not-mt940' } : { ok: true, statements: valid };
}
