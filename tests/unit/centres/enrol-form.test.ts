import { describe, expect, it } from 'vitest';
import { enrolFormErrors, enrolFormSchema } from '@/lib/centres/enrol/form-schema';
import { offerHref } from '@/components/billing/offer-href';

const form = (over: Record<string, string> = {}) =>
  enrolFormSchema().parse({ centreGroupId: 'g1', plan: 'centre-ten', payMethod: 'LINK', child: 'new', ...over });

describe('the enrolment form checked whole', () => {
  it('a guest gets every missing field at once', () => {
    const r = enrolFormErrors(form(), true);
    expect(Object.keys('fieldErrors' in r ? r.fieldErrors : {}).sort()).toEqual(
      ['childBirthDate', 'childFirstName', 'childLastName', 'email', 'firstName', 'lastName', 'phone', 'terms'].sort(),
    );
  });

  it('a signed-in parent with a known child needs only the terms', () => {
    expect(enrolFormErrors(form({ child: 'c1' }), false)).toEqual({ fieldErrors: { terms: expect.any(String) } });
    const ok = enrolFormErrors(form({ child: 'c1', terms: 'on', continuation: 'on', sibling: '' }), false);
    expect(ok).toMatchObject({ input: { child: 'c1', continuation: true, immediateStart: false, sibling: undefined } });
  });

  it('a guest with everything typed', () => {
    const r = enrolFormErrors(
      form({
        firstName: 'Marta',
        lastName: 'Nowak',
        email: 'marta@example.pl',
        phone: '+48 600 100 200',
        childFirstName: 'Ala',
        childLastName: 'Nowak',
        childBirthDate: '2018-05-20',
        terms: 'on',
      }),
      true,
    );
    expect(r).toMatchObject({ input: { parent: { email: 'marta@example.pl' }, childBirthDate: '2018-05-20' } });
  });

  it.each([
    ['plan', 'razem-monthly'],
    ['payMethod', 'CARD'],
  ])('refuses an unknown %s', (field, value) => {
    expect(
      enrolFormSchema().safeParse({
        centreGroupId: 'g',
        plan: 'centre-ten',
        payMethod: 'LINK',
        child: 'new',
        [field]: value,
      }).success,
    ).toBe(false);
  });
});

describe('/umowy for a centre offer', () => {
  it.each([
    ['centrum-cmx5li85w00snnp7dijdbt3gf-raty', '/centra/grupy/cmx5li85w00snnp7dijdbt3gf'],
    ['centrum-abc123-rok', '/centra/grupy/abc123'],
    ['centrum-abc123-polrocze', '/centra/grupy/abc123'],
    ['centrum-dziesiec-rat', '/centra'],
  ])('%s → %s', (slug, href) => {
    expect(offerHref({ product: 'centre', slug })).toBe(href);
  });
});
