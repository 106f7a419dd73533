// The panel's forms: the continuation discount typed as percent or złoty, prices in złoty, and
// the refusals of a centre and a programme beside their fields.
import { describe, expect, it } from 'vitest';
import { centreFormValues, continuationValue, groupSchema, toNewCentreGroup } from '@/lib/centres/panel/forms';
import { centreRefusal, programmeRefusal, slugOf, type CentreInput } from '@/lib/centres/catalogue/save';

const centre: CentreInput = {
  name: 'Centrum Łódź Bałuty',
  kind: 'CENTRE',
  city: 'Łódź',
  street: 'ul. Zgierska 1',
  postalCode: '91-001',
  phone: null,
  email: 'lodz@planeta.local',
  continuationKind: 'PERCENT',
  continuationValue: 1000,
  continuationFrom: '2027-06-01',
  continuationTo: '2027-06-30',
  active: true,
};

describe('continuation value', () => {
  it('reads a percent as basis points and złoty as grosze', () => {
    expect(continuationValue('10')).toBe(1000);
    expect(continuationValue('12,5 %')).toBe(1250);
    expect(continuationValue('200')).toBe(20_000);
    expect(continuationValue('dużo')).toBeNull();
  });

  it('round-trips through the edit form', () => {
    const stored = {
      ...centre,
      id: 'c1',
      continuationValue: 1250,
      continuationFrom: new Date('2027-06-01T00:00:00Z'),
      continuationTo: null,
    };
    expect(centreFormValues(stored)).toMatchObject({
      continuationValue: '12,5',
      continuationFrom: '2027-06-01',
      continuationTo: '',
      active: 'on',
    });
  });
});

describe('centre and programme refusals', () => {
  it('accepts a whole centre and makes its slug', () => {
    expect(centreRefusal(centre)).toBeNull();
    expect(slugOf(centre.name)).toBe('centrum-lodz-baluty');
  });

  it('names each bad field', () => {
    expect(centreRefusal({ ...centre, postalCode: '91001', email: 'nie', name: ' ' })).toEqual({
      name: 'centresPanel.errors.name',
      postalCode: 'centresPanel.errors.postalCode',
      email: 'centresPanel.errors.email',
    });
    expect(centreRefusal({ ...centre, continuationValue: 6000 })).toHaveProperty('continuationValue');
    expect(centreRefusal({ ...centre, continuationKind: 'AMOUNT', continuationValue: 20_000 })).toBeNull();
    expect(centreRefusal({ ...centre, continuationTo: null })).toEqual({
      continuationTo: 'centresPanel.errors.windowBoth',
    });
    expect(centreRefusal({ ...centre, continuationTo: '2027-05-31' })).toEqual({
      continuationTo: 'centresPanel.errors.windowOrder',
    });
    const p = { name: 'Fermat I', subject: 'maths', minAge: 7, maxAge: 9, description: null, active: true };
    expect(programmeRefusal(p)).toBeNull();
    expect(programmeRefusal({ ...p, minAge: 10 })).toEqual({ maxAge: 'centresPanel.errors.ageOrder' });
    expect(programmeRefusal({ ...p, minAge: 2, subject: '' })).toEqual({
      minAge: 'centresPanel.errors.age',
      subject: 'centresPanel.errors.subject',
    });
  });
});

describe('the group form', () => {
  const form = {
    centreId: 'c',
    programmeId: 'p',
    schoolYear: '2027',
    teacherId: 't',
    weekday: '2',
    startTime: '17:00',
    durationMinutes: '90',
    breakMinutes: '10',
    firstDay: '2027-09-01',
    classes: '32',
    capacity: '12',
    priceAnnual: '3 200',
    priceHalf: '3300,00 zł',
    priceTen: '3400',
    starterPack: 'on',
  };

  it('turns złoty into grosze', () => {
    const parsed = groupSchema().parse(form);
    expect(toNewCentreGroup(parsed)).toMatchObject({
      priceAnnual: 320_000,
      priceHalf: 330_000,
      priceTen: 340_000,
      weekday: 2,
      starterPack: true,
      schoolYear: 2027,
    });
  });

  it('refuses seats outside 6–12, a bad price and no class at once', () => {
    const r = groupSchema().safeParse({
      ...form,
      capacity: '13',
      priceTen: 'abc',
      classes: '0',
      starterPack: undefined,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(['capacity', 'classes', 'priceTen']);
  });
});
