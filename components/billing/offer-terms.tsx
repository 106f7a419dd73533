// An offer's payment terms in plain words: the plan, how it ends, what happens when unpaid —
// read from the plan's policy, the same one the contract freezes at signing.
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

type Policy = {
  termination: keyof ReturnType<typeof messages>['billingAccount']['termination'];
  suspendOffset?: number | null;
  terminateOffset?: number | null;
  voidOffset?: number | null;
};

export async function OfferTerms({
  planKind,
  policy,
}: {
  planKind: keyof ReturnType<typeof messages>['billingAccount']['planKind'];
  policy: Policy;
}) {
  const locale = await currentLocale();
  const t = messages(locale).billingAccount;
  const lines = [
    t.planKind[planKind],
    t.termination[policy.termination],
    policy.suspendOffset != null && t.dunning.suspend(policy.suspendOffset),
    policy.terminateOffset != null && t.dunning.terminate(policy.terminateOffset),
    policy.voidOffset != null && t.dunning.voided(policy.voidOffset),
  ].filter((x): x is string => typeof x === 'string');
  return (
    <section className="card" aria-label={t.detail.plan}>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}
