// The group's settings at a glance, with the seats form (capacity and minimum of every session ahead).
import { FieldForm } from '@/components/live/panel/field-form';
import { changeCapacity } from '@/lib/actions/live/staff-group';
import type { GroupPage } from '@/lib/live/panel/group-page';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function GroupDetails({ group: g }: { group: GroupPage }) {
  const locale = await currentLocale();
  const m = messages(locale).livePanel;
  const t = m.group;
  const rows: [string, string][] = [
    [t.programme, g.programme + (g.course ? ` (${g.course.title})` : '')],
    [t.teacher, g.teacherName],
    [t.place, g.place ?? m.list.online],
    [t.room, g.roomKind === 'BBB' ? t.roomBbb : (g.externalUrl ?? '')],
    [t.records, g.records ? t.recordsYes : t.recordsNo],
    [t.mode, g.bookingMode === 'OPEN' ? t.modeOpen : t.modeMembers],
    [t.cutoff, t.cutoffValue(g.cancelCutoffHours)],
    [t.schedule, t.scheduleValue(m.weekdays[g.weekday], g.startTime, g.durationMinutes)],
    [t.period, `${day(g.firstDay)} – ${day(g.lastDay)}`],
    [t.capacity, `${g.capacity} (${t.minimum.toLowerCase()} ${g.minParticipants})`],
  ];
  return (
    <section className="card space-y-4">
      <h2 className="h2">{t.details}</h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-600">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
      {!g.cancelledAt && (
        <FieldForm
          action={changeCapacity}
          hidden={{ groupId: g.id }}
          submit={t.changeCapacity}
          grid="sm:grid-cols-2"
          fields={[
            { name: 'capacity', type: 'number', min: 1, max: 50, label: t.capacity, defaultValue: String(g.capacity) },
            {
              name: 'minParticipants',
              type: 'number',
              min: 1,
              max: 50,
              label: t.minimum,
              defaultValue: String(g.minParticipants),
            },
          ]}
        />
      )}
    </section>
  );
}
