// Step 2 without paper: electronic acceptance (record + text hash), staff countersigning, and a
// paper original received by post — each passes step 2 the way the uploaded scan does.
import { readStoredFile } from '@/lib/storage';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { groupFor } from '@/lib/groups/group-access';
import {
  acceptAgreementElectronically,
  acceptedAgreementPdf,
  agreementFacts,
  agreementTextHash,
  sha256,
} from '@/lib/groups/agreement/electronic';
import { agreementPlainText } from '@/lib/groups/agreement/agreement-text';
import { recordPostedAgreement } from '@/lib/groups/agreement/by-post';
import { reviewAgreement, submitAgreement } from '@/lib/groups/agreement/agreements';
import { groupPage } from '@/lib/groups/group-page';
import { makeGroup } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

async function staff() {
  const u = await db().user.create({
    data: {
      email: `staff${Math.random()}@planeta.pl`,
      firstName: 'Ewa',
      lastName: 'Zespołowa',
      passwordHash: 'x',
      roles: ['ADMINISTRATOR'],
    },
    select: { id: true, roles: true },
  });
  return u;
}

async function hashFor(g: Awaited<ReturnType<typeof makeGroup>>) {
  return agreementTextHash(agreementFacts((await groupFor(g.admin, g.groupId))!));
}

describe('electronic acceptance of the data-processing agreement', () => {
  it('stores who, their role, when, the IP and the SHA-256 of the exact text, and waits for countersigning', async () => {
    const g = await makeGroup(30, { agreement: null });
    const textSha256 = await hashFor(g);
    const r = await acceptAgreementElectronically(
      g.admin,
      g.groupId,
      { signerName: 'Anna Firmowa', signerRole: 'Prezes zarządu', textSha256 },
      '203.0.113.7',
    );
    const a = await db().groupAgreement.findUniqueOrThrow({ where: { id: r!.id } });
    expect(a).toMatchObject({
      method: 'ELECTRONIC',
      status: 'SUBMITTED',
      signerName: 'Anna Firmowa',
      signerRole: 'Prezes zarządu',
      signerIp: '203.0.113.7',
      uploadedById: g.admin.id,
      mimeType: 'application/pdf',
    });
    // The hash is of the agreement text the facts give, and the stored PDF's own hash matches its bytes.
    const facts = agreementFacts((await groupFor(g.admin, g.groupId))!);
    expect(a.textSha256).toBe(sha256(agreementPlainText(facts)));
    expect(a.textSha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await readStoredFile(a.fileKey!);
    expect(a.pdfSha256).toBe(sha256(stored));
    expect(stored.subarray(0, 5).toString()).toBe('%PDF-');

    // Step 2 now waits for staff, and a second acceptance is refused.
    const page = await groupPage(g.admin, g.groupId, {});
    expect(page!.steps.find((s) => s.key === 'umowa')!.state).toBe('waiting');
    await expect(
      acceptAgreementElectronically(g.admin, g.groupId, { signerName: 'X Y', signerRole: 'Z', textSha256 }, '1.1.1.1'),
    ).rejects.toThrow(UserError);

    // Staff countersign: accepted, and the PDF names the countersigner.
    const s = await staff();
    await reviewAgreement(s.id, a.id, { accept: true });
    const after = await groupPage(g.admin, g.groupId, {});
    expect(after!.steps.find((s) => s.key === 'umowa')!.state).toBe('done');
    expect(after!.agreement.electronic?.signerName).toBe('Anna Firmowa');
    const pdf = await acceptedAgreementPdf(g.admin, g.groupId, a.id);
    expect(pdf!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Another company admin gets nothing.
    const other = await makeGroup(30);
    expect(await acceptedAgreementPdf(other.admin, g.groupId, a.id)).toBeNull();
  });

  it('the hash changes when the agreement text changes, and an acceptance of the old text is refused', async () => {
    const g = await makeGroup(30, { agreement: null });
    const before = await hashFor(g);
    const group = (await groupFor(g.admin, g.groupId))!;
    await db().order.update({ where: { id: group.orderItem.order.id }, data: { companyName: 'Inna Firma S.A.' } });
    const after = await hashFor(g);
    expect(after).not.toBe(before);
    await db().group.update({ where: { id: g.groupId }, data: { seats: 100 } });
    expect(await hashFor(g)).not.toBe(after);
    await expect(
      acceptAgreementElectronically(
        g.admin,
        g.groupId,
        { signerName: 'Anna Firmowa', signerRole: 'Prezes', textSha256: before },
        '1.1.1.1',
      ),
    ).rejects.toMatchObject({ codes: ['groups.esign.textChanged'] });
    expect(await db().groupAgreement.count({ where: { groupId: g.groupId } })).toBe(0);
  });

  it('an acceptance and a scan sent at the same moment leave exactly one agreement waiting', async () => {
    const g = await makeGroup(30, { agreement: null });
    const textSha256 = await hashFor(g);
    const results = await Promise.allSettled([
      acceptAgreementElectronically(
        g.admin,
        g.groupId,
        { signerName: 'Anna F', signerRole: 'Prezes', textSha256 },
        '1.1.1.1',
      ),
      submitAgreement(g.admin, g.groupId, { name: 'umowa.pdf', bytes: Buffer.from('%PDF-1.4 skan') }),
      acceptAgreementElectronically(
        g.admin,
        g.groupId,
        { signerName: 'Anna F', signerRole: 'Prezes', textSha256 },
        '1.1.1.1',
      ),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db().groupAgreement.count({ where: { groupId: g.groupId, status: 'SUBMITTED' } })).toBe(1);
  });

  it('staff cannot accept on the company behalf', async () => {
    const g = await makeGroup(30, { agreement: null });
    const s = await staff();
    await expect(
      acceptAgreementElectronically(
        s,
        g.groupId,
        { signerName: 'Ewa', signerRole: 'x', textSha256: await hashFor(g) },
        '1.1.1.1',
      ),
    ).rejects.toMatchObject({ codes: ['groups.esign.companyOnly'] });
  });
});

describe('a paper agreement received by post', () => {
  it('passes step 2, supersedes a waiting scan, e-mails the owner once, and cannot be recorded twice', async () => {
    const g = await makeGroup(30, { agreement: 'SUBMITTED' });
    const s = await staff();
    await recordPostedAgreement(s.id, {
      groupId: g.groupId,
      receivedOn: new Date('2026-11-20T00:00:00Z'),
      note: 'list polecony',
    });
    const page = await groupPage(g.admin, g.groupId, {});
    expect(page!.steps.find((x) => x.key === 'umowa')!.state).toBe('done');
    expect(page!.agreement.receivedOn).toBe('20 listopada 2026');
    expect(page!.list.canUpload).toBe(true);
    const rows = await db().groupAgreement.findMany({
      where: { groupId: g.groupId },
      select: { status: true, method: true },
    });
    expect(rows.map((r) => `${r.method}:${r.status}`).sort()).toEqual(['POST:ACCEPTED', 'SCAN:REJECTED']);
    await expect(
      recordPostedAgreement(s.id, { groupId: g.groupId, receivedOn: new Date('2026-11-20T00:00:00Z'), note: '' }),
    ).rejects.toMatchObject({ codes: ['groups.agreementAlreadyAccepted'] });
    const mails = await db().emailMessage.count({
      where: { template: 'group-agreement-accepted', onceKey: { startsWith: 'group-agreement-accepted:' } },
    });
    expect(mails).toBeGreaterThanOrEqual(1);
  });
});
