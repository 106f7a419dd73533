import { EmailButton, EmailLayout } from './layout';

// Live classes (lib/live): a seat freed for someone waiting, a cancelled session, the 24-hour reminder.
export type LiveSeatPromotedProps = { firstName: string; title: string; startsAt: string; link: string };
export type LiveSessionCancelledProps = { firstName: string; title: string; startsAt: string; link: string };
export type LiveReminderProps = { firstName: string; title: string; startsAt: string; link: string };

export const promotedSubject = (p: LiveSeatPromotedProps) => `Zwolniło się miejsce: ${p.title}`;
export const cancelledSubject = (p: LiveSessionCancelledProps) => `Zajęcia odwołane: ${p.title}`;
export const reminderSubject = (p: LiveReminderProps) => `Jutro zajęcia: ${p.title}`;

export function LiveSeatPromotedEmail(p: LiveSeatPromotedProps) {
  return (
    <EmailLayout title={promotedSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        na zajęciach <strong>{p.title}</strong> ({p.startsAt}) zwolniło się miejsce i przeszło na Ciebie z listy
        oczekujących. Rezerwacja jest potwierdzona.
      </p>
      <EmailButton href={p.link}>Moje zajęcia</EmailButton>
    </EmailLayout>
  );
}

export const promotedText = (p: LiveSeatPromotedProps) =>
  `Dzień dobry ${p.firstName},\n\nna zajęciach ${p.title} (${p.startsAt}) zwolniło się miejsce i przeszło na Ciebie ` +
  `z listy oczekujących. Rezerwacja jest potwierdzona.\n\nMoje zajęcia: ${p.link}\n\n— Planeta`;

export function LiveSessionCancelledEmail(p: LiveSessionCancelledProps) {
  return (
    <EmailLayout title={cancelledSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        zajęcia <strong>{p.title}</strong> zaplanowane na {p.startsAt} zostały odwołane. Niezrealizowane zajęcia
        rozliczymy zgodnie z regulaminem.
      </p>
      <EmailButton href={p.link}>Moje zajęcia</EmailButton>
    </EmailLayout>
  );
}

export const cancelledText = (p: LiveSessionCancelledProps) =>
  `Dzień dobry ${p.firstName},\n\nzajęcia ${p.title} zaplanowane na ${p.startsAt} zostały odwołane. ` +
  `Niezrealizowane zajęcia rozliczymy zgodnie z regulaminem.\n\nMoje zajęcia: ${p.link}\n\n— Planeta`;

export function LiveReminderEmail(p: LiveReminderProps) {
  return (
    <EmailLayout title={reminderSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        przypominamy o zajęciach <strong>{p.title}</strong>: {p.startsAt}. Pokój otworzy się 15 minut przed początkiem.
      </p>
      <EmailButton href={p.link}>Moje zajęcia</EmailButton>
    </EmailLayout>
  );
}

export const reminderText = (p: LiveReminderProps) =>
  `Dzień dobry ${p.firstName},\n\nprzypominamy o zajęciach ${p.title}: ${p.startsAt}. ` +
  `Pokój otworzy się 15 minut przed początkiem.\n\nMoje zajęcia: ${p.link}\n\n— Planeta`;
