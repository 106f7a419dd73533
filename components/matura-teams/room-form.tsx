'use client';
// Adding or changing an exam room: its name, seats and whether it has computers (informatyka).
import { CheckboxField, Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveRoomAction } from '@/lib/actions/planner/teams-rooms';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function RoomForm({
  schoolId,
  room,
}: {
  schoolId: string;
  room?: { id: string; name: string; seats: number; computers: boolean };
}) {
  const locale = useLocale();
  const t = messages(locale).plannerTeams.rooms;
  const f = useFormAction(saveRoomAction);
  return (
    <form action={f.action} className="space-y-3" noValidate>
      <FormMessage state={f.state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      {room && <input type="hidden" name="roomId" value={room.id} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="name" label={t.name} defaultValue={f.value('name', room?.name ?? '')} error={f.error('name')} />
        <Field
          name="seats"
          label={t.seats}
          type="number"
          inputMode="numeric"
          min={1}
          defaultValue={f.value('seats', room ? String(room.seats) : '')}
          error={f.error('seats')}
        />
      </div>
      <CheckboxField
        id={`computers-${room?.id ?? 'new'}`}
        name="computers"
        label={t.computers}
        defaultChecked={f.failed ? f.checked('computers') : (room?.computers ?? false)}
      />
      <SubmitButton className="btn-primary">{room ? t.save : t.add}</SubmitButton>
    </form>
  );
}
