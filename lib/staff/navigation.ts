// The staff panel's menu: each entry names the permission its page checks, so a person sees only
// the pages their roles open (the pages check again; hiding is not the gate).
import { can, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/generated/enums';
import { DEFAULT_LOCALE, messages } from '@/lib/i18n';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { PANEL_CONTRACTS_PATH } from '@/lib/billing/queries/paths';
import { clockAdjustable } from '@/lib/clock/clock';
import { LANGUAGE_PANEL_PATH, OFFICE_INBOX_PATH } from '@/lib/language/office/paths';
import { DESK_PATH, PANEL_CENTRES_PATH } from '@/lib/centres/paths';
import { PANEL_SCHOOLS_PATH, PANEL_SUBJECTS_PATH } from '@/lib/licence/paths';

export type PanelLink = { href: string; label: string; permission: Permission };

export function panelLinks(locale: string = DEFAULT_LOCALE): PanelLink[] {
  const m = messages(locale);
  return [
    { href: '/panel', label: m.panel.title, permission: 'panel:view' },
    { href: '/panel/zamowienia', label: m.nav.orders, permission: 'panel:orders' },
    { href: '/panel/faktury', label: m.ksef.panel.nav, permission: 'panel:invoices' },
    { href: '/panel/kursy', label: m.nav.courses, permission: 'panel:courses' },
    { href: '/panel/rodziny', label: m.families.panelNav, permission: 'panel:families' },
    { href: '/panel/grupy', label: m.groups.staffList.nav, permission: 'panel:groups' },
    { href: '/panel/umowy', label: m.panel.nav.agreements, permission: 'panel:agreements' },
    { href: PANEL_CONTRACTS_PATH, label: m.billingPanel.nav, permission: 'panel:contracts' },
    { href: '/panel/raporty', label: m.groups.reportsQueue, permission: 'panel:reports' },
    { href: '/panel/reklamacje', label: m.support.panel.nav, permission: 'panel:complaints' },
    { href: '/panel/uzytkownicy', label: m.staff.nav.users, permission: 'panel:users' },
    { href: '/panel/wnioski-rodo', label: m.privacy.requests.panel.nav, permission: 'panel:users' },
    { href: '/panel/poczta', label: m.panel.mailbox, permission: 'panel:mailbox' },
    { href: '/panel/zespol', label: m.staff.nav.team, permission: 'panel:staff' },
    { href: '/panel/audyt', label: m.audit.list.nav, permission: 'panel:audit' },
    { href: LIVE_TEACHER_PATH, label: m.livePanel.nav, permission: 'live:teach' },
    { href: `${LIVE_TEACHER_PATH}/terminy`, label: m.livePanel.slotsNav, permission: 'live:teach' },
    { href: `${LIVE_TEACHER_PATH}/przerwy`, label: m.livePanel.breaksNav, permission: 'live:manage' },
    { href: '/panel/rabaty', label: m.discounts.panel.nav, permission: 'discounts:manage' },
    { href: LANGUAGE_PANEL_PATH, label: m.languageOffice.panel.nav, permission: 'panel:language' },
    { href: OFFICE_INBOX_PATH, label: m.languageOffice.inbox.nav, permission: 'language:office' },
    { href: PANEL_CENTRES_PATH, label: m.centresPanel.nav, permission: 'panel:centres' },
    { href: DESK_PATH, label: m.centresDesk.nav, permission: 'centres:desk' },
    { href: PANEL_SCHOOLS_PATH, label: m.licence.panel.nav, permission: 'panel:schools' },
    { href: PANEL_SUBJECTS_PATH, label: m.plannerSubjects.nav, permission: 'panel:schools' },
    // Only where the clock can be moved (DEMO_CLOCK=1 on the embedded database, the test server).
    ...(clockAdjustable() ? [{ href: '/panel/zegar', label: m.demoClock.nav, permission: 'demo:clock' as const }] : []),
  ];
}

export const panelNavigation = (roles: readonly Role[], locale: string = DEFAULT_LOCALE) =>
  panelLinks(locale).filter((l) => can(roles, l.permission));
