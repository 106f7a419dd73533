// Staff define the places (own centres and partner schools, with the centre's Akcja Kontynuacja
// terms and window) and the programmes taught there. One transaction each, the actor's right
// re-read inside it; bad input refused beside its field, nothing written.
import { isCentreSubject } from './subjects';
import { db, type Tx } from '@/lib/db/client';
import type { CentreKind, DiscountKind } from '@/lib/db/generated/enums';
import { UserError, isUniqueViolation, type FieldCodes } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { dayToDate } from '@/lib/billing/rules/days';
import { centrePlace } from '@/lib/centres/groups/create';

export type CentreInput = {
  name: string;
  kind: CentreKind;
  city: string;
  street: string;
  postalCode: string;
  phone: string | null;
  email: string | null;
  continuationKind: DiscountKind;
  continuationValue: number; // basis points (1000 = 10 %) or grosze (20000 = 200 zł)
  continuationFrom: string | null; // Warsaw days
  continuationTo: string | null;
  active: boolean;
};

export type ProgrammeInput = {
  name: string;
  subject: string;
  minAge: number;
  maxAge: number;
  description: string | null;
  active: boolean;
};

const E = 'centresPanel.errors';

/** "Centrum Mokotów" → "centrum-mokotow": the stable key of a centre or a programme. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function centreRefusal(c: CentreInput): FieldCodes | null {
  const bad: Record<string, string> = {};
  if (!c.name.trim() || !slugOf(c.name)) bad.name = `${E}.name`;
  if (!c.city.trim()) bad.city = `${E}.city`;
  if (!c.street.trim()) bad.street = `${E}.street`;
  if (!/^\d{2}-\d{3}$/.test(c.postalCode)) bad.postalCode = `${E}.postalCode`;
  if (c.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email)) bad.email = `${E}.email`;
  const value = c.continuationValue;
  if (!Number.isInteger(value) || value <= 0 || (c.continuationKind === 'PERCENT' && value > 5000))
    bad.continuationValue = `${E}.continuationValue`;
  if ((c.continuationFrom === null) !== (c.continuationTo === null)) bad.continuationTo = `${E}.windowBoth`;
  else if (c.continuationFrom && c.continuationTo && c.continuationTo < c.continuationFrom)
    bad.continuationTo = `${E}.windowOrder`;
  return Object.keys(bad).length ? (bad as FieldCodes) : null;
}

export function programmeRefusal(p: ProgrammeInput): FieldCodes | null {
  const bad: Record<string, string> = {};
  if (!p.name.trim() || !slugOf(p.name)) bad.name = `${E}.name`;
  if (!isCentreSubject(p.subject)) bad.subject = `${E}.subject`;
  if (!Number.isInteger(p.minAge) || p.minAge < 3 || p.minAge > 19) bad.minAge = `${E}.age`;
  if (!Number.isInteger(p.maxAge) || p.maxAge < 3 || p.maxAge > 19) bad.maxAge = `${E}.age`;
  else if (!bad.minAge && p.maxAge < p.minAge) bad.maxAge = `${E}.ageOrder`;
  return Object.keys(bad).length ? (bad as FieldCodes) : null;
}

function centreData(c: CentreInput) {
  return {
    name: c.name.trim(),
    kind: c.kind,
    city: c.city.trim(),
    street: c.street.trim(),
    postalCode: c.postalCode,
    phone: c.phone?.trim() || null,
    email: c.email?.trim().toLowerCase() || null,
    continuationKind: c.continuationKind,
    continuationValue: c.continuationValue,
    continuationFrom: c.continuationFrom ? dayToDate(c.continuationFrom) : null,
    continuationTo: c.continuationTo ? dayToDate(c.continuationTo) : null,
    active: c.active,
  };
}

/** A duplicate slug (the same name twice) is refused beside the name. */
async function unique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError('errors.checkFields', { name: `${E}.nameTaken` });
    throw e;
  }
}

async function staffTx<T>(actorId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'centres:manage');
    return fn(tx);
  });
}

/** Creates a centre (no id) or changes one; its slug stays what it was created with. */
export async function saveCentre(actorId: string, input: CentreInput, id?: string): Promise<string> {
  const bad = centreRefusal(input);
  if (bad) throw new UserError('errors.checkFields', bad);
  return unique(() =>
    staffTx(actorId, async (tx) => {
      const data = centreData(input);
      const row = id
        ? await tx.centre.update({ where: { id }, data, select: { id: true } })
        : await tx.centre.create({ data: { ...data, slug: slugOf(input.name) }, select: { id: true } });
      // A moved centre: its groups' classes are held at the new address.
      if (id)
        await tx.liveGroup.updateMany({ where: { centreGroup: { centreId: id } }, data: { place: centrePlace(data) } });
      await recordAudit(tx, {
        actorId,
        action: id ? 'centres.centre.updated' : 'centres.centre.created',
        objectType: 'centre',
        objectId: row.id,
        after: { ...data, continuationFrom: input.continuationFrom, continuationTo: input.continuationTo },
      });
      return row.id;
    }),
  );
}

/** Creates a programme (no id) or changes one; its slug (LiveGroup.programme) stays. */
export async function saveProgramme(actorId: string, input: ProgrammeInput, id?: string): Promise<string> {
  const bad = programmeRefusal(input);
  if (bad) throw new UserError('errors.checkFields', bad);
  return unique(() =>
    staffTx(actorId, async (tx) => {
      const data = {
        name: input.name.trim(),
        subject: input.subject.trim(),
        minAge: input.minAge,
        maxAge: input.maxAge,
        description: input.description?.trim() || null,
        active: input.active,
      };
      const row = id
        ? await tx.centreProgramme.update({ where: { id }, data, select: { id: true } })
        : await tx.centreProgramme.create({ data: { ...data, slug: slugOf(input.name) }, select: { id: true } });
      await recordAudit(tx, {
        actorId,
        action: id ? 'centres.programme.updated' : 'centres.programme.created',
        objectType: 'centreProgramme',
        objectId: row.id,
        after: data,
      });
      return row.id;
    }),
  );
}
