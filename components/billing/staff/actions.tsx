// What staff may do with a contract: anyone reading contracts may send a reminder now; moving
// money or access (book a transfer, record a refund sent, suspend/resume, terminate) needs
// `contracts:manage`.
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { warsawDateKey } from '@/lib/format/time';
import { currentTime } from '@/lib/clock/clock';
import { toPay } from '@/lib/billing/queries/charge-state';
import type { StaffContractPage } from '@/lib/billing/queries/staff-page';
import { sendReminderAction } from '@/lib/actions/billing/send-reminder';
import { contractAccessAction } from '@/lib/actions/billing/contract-access';
import { ActionForm } from '@/components/forms/action-form';
import { TransferForm } from './transfer-form';
import { TerminateForm } from './terminate-form';
import { RefundSentForm } from './refund-sent-form';
import { dueByText } from '@/lib/settlement/transfer-refunds';
import { currentLocale } from '@/lib/locale/current';

export async function ContractActions({ page, manage }: { page: StaffContractPage; manage: boolean }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.billingPanel.actions;
  const { contract, openCharges, settlement } = page;
  const money = (n: number) => formatMoney(n, contract.currency, locale);
  return (
    <section className="card space-y-5" aria-labelledby="dzialania">
      <h2 id="dzialania" className="h2">
        {t.title}
      </h2>
      <div className="grid gap-5 lg:grid-cols-2">
        <div className="space-y-2">
          <p className="muted text-sm">{t.remindHint}</p>
          {openCharges.length > 0 ? (
            <ActionForm
              action={sendReminderAction}
              hidden={{ contractId: contract.id }}
              submit={t.remind}
              buttonClass="btn-secondary"
            />
          ) : (
            <p className="text-sm">{t.nothingToRemind}</p>
          )}
        </div>
        {manage && (page.canSuspend || page.canResume) && (
          <div className="space-y-2">
            <ActionForm
              action={contractAccessAction}
              hidden={{
                contractId: contract.id,
                number: contract.number,
                intent: page.canSuspend ? 'suspend' : 'resume',
              }}
              submit={page.canSuspend ? t.suspend : t.resume}
              buttonClass={page.canSuspend ? 'btn-danger' : 'btn-primary'}
            />
          </div>
        )}
      </div>
      {!manage && <p className="muted text-sm">{t.readOnly}</p>}
      {manage && page.refundsDue.length > 0 && (
        <div className="space-y-3">
          <h3 className="font-semibold">{m.billingPanel.refundSent.title}</h3>
          <p className="muted text-sm">{m.billingPanel.refundSent.intro}</p>
          <div className="grid gap-6 lg:grid-cols-2">
            {page.refundsDue.map((r) => (
              <div key={r.eventId} className="space-y-2">
                <p className="text-sm">
                  {m.billingPanel.refundSent.due(money(r.amount), money(r.left), dueByText(r.dueBy))}
                </p>
                <RefundSentForm
                  number={contract.number}
                  contractId={contract.id}
                  eventId={r.eventId}
                  left={r.left}
                  today={warsawDateKey(currentTime())}
                />
              </div>
            ))}
          </div>
        </div>
      )}
      {manage && (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-3">
            <h3 className="font-semibold">{t.transfer}</h3>
            {openCharges.length === 0 ? (
              <p className="text-sm">{t.noOpenCharges}</p>
            ) : (
              <TransferForm
                number={contract.number}
                today={warsawDateKey(currentTime())}
                charges={openCharges.map((c) => ({
                  id: c.id,
                  label: `${c.proformaNumber ?? `${c.seq}.`} ${c.label} · ${money(toPay(c))}`,
                  amount: toPay(c),
                  title: c.proformaNumber ?? contract.number,
                }))}
              />
            )}
          </div>
          {settlement && (
            <div className="space-y-3">
              <h3 className="font-semibold">{t.terminate}</h3>
              <p className="muted text-sm">{t.terminateIntro}</p>
              <TerminateForm
                contractId={contract.id}
                number={contract.number}
                endsOn={settlement.endsOn}
                refund={settlement.refund > 0 ? money(settlement.refund) : null}
                owed={settlement.owed > 0 ? money(settlement.owed) : null}
                lines={settlement.lines.map((l) => `${l.label}: ${money(l.amount)}`)}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
