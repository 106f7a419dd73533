// English catalogue: the planner's school page (data, data-processing agreement, staff). Mirrors lib/i18n/pl/planner-school.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

export const plannerSchool: Messages['plannerSchool'] = {
  title: 'School and staff',
  data: {
    heading: 'School details',
    name: 'Name',
    okeCode: 'OKE code',
    commission: 'Regional examination board (OKE)',
    nip: 'NIP',
    address: 'Address',
  },
  dpa: {
    heading: 'Data-processing agreement',
    intro:
      "The school is the controller of its students' data, and we process it on the school's behalf from the first time data is entered. So before students are added or imported, the head teacher signs the data-processing agreement: download the draft, sign it and upload a scan — once we accept it, the planner takes students' data.",
    draft: 'Download the draft agreement (PDF, in Polish)',
    scanLabel: 'Signed scan of the agreement (PDF, JPG or PNG, up to 10 MB)',
    upload: 'Upload the scan',
    submitted: "The scan has been uploaded. We'll check it and let you know by e-mail.",
    openScan: 'Open the uploaded scan',
    directorOnly: 'The head teacher uploads the scan of the agreement.',
    status: {
      none: 'The agreement has not been uploaded yet.',
      SUBMITTED: (at: string) => `Scan uploaded on ${at} — waiting to be checked.`,
      ACCEPTED: (at: string) => `Agreement accepted on ${at}. Students' data can be entered.`,
      REJECTED: (at: string, reason: string) =>
        `Scan rejected on ${at}. Reason: ${reason}. Correct the agreement and upload it again.`,
    },
    required:
      'Before students are entered or imported, the school must sign the data-processing agreement and we must accept it. You can download and upload the agreement on the "School and staff" tab.',
    goToAgreement: 'Go to the data-processing agreement',
    courtesyNotice:
      'Courtesy translation — it is not signed and does not bind. The head teacher signs only the Polish original (the draft PDF).',
    originalHeading: 'Polish original (binding — this is the text the head teacher signs)',
    courtesyPdf: 'Download the courtesy translation of the draft (PDF, not for signing)',
    alreadyAccepted: "This school's data-processing agreement is already accepted.",
    awaitingReview: 'The uploaded scan is waiting to be checked — another can be uploaded after the decision.',
    alreadyDecided: 'This agreement has already been decided.',
  },
  panel: {
    heading: "Schools' data-processing agreements (matura planner)",
    empty: "No school's agreement is waiting to be checked.",
    summary: (okeCode: string, examYear: number, at: string) =>
      `OKE code ${okeCode} · licence for the ${examYear} matura · uploaded ${at}`,
  },
  staff: {
    heading: 'School staff',
    intro: 'Any number of school staff can use the planner. The head teacher invites them.',
    name: 'Person',
    email: 'E-mail',
    role: 'Role',
    joined: 'Joined',
    invited: (at: string) => `invited on ${at}`,
    actions: 'Actions',
    roles: { DIRECTOR: 'Head teacher', TEACHER: 'Teacher' },
    remove: 'Remove from staff',
    removeConfirm: (name: string) =>
      `Remove ${name} from the school staff? They will lose access to this school's planner.`,
    removed: 'The person has been removed from the school staff.',
    you: '(you)',
    tableLabel: 'School staff',
  },
  invite: {
    heading: 'Invite a person',
    intro:
      "Enter an e-mail address. A person without an account yet gets a one-time link to set a password; a person with an account gets a message about access to the school's planner.",
    email: 'E-mail address',
    firstName: 'First name',
    lastName: 'Last name',
    role: 'Role',
    submit: 'Send the invitation',
    sent: (email: string) => `Invitation sent to ${email}.`,
    already: (email: string) => `${email} is already on the school staff.`,
    emailInvalid: 'Enter a valid e-mail address.',
    nameRequired: 'Enter the first and last name.',
    roleInvalid: 'Choose a role.',
  },
  refusals: {
    lastDirector: 'The school must have at least one head teacher: invite another head teacher first.',
    notStaff: "This person isn't on the school staff.",
  },
  emails: {
    greeting: (name: string) => `Hello ${name},`,
    signature: 'The Planeta team',
    accepted: {
      subject: (school: string) => `Data-processing agreement accepted — ${school}`,
      body: (school: string) =>
        `We have accepted the personal data-processing agreement of ${school}. The planner now takes students' data: you can enter or import them.`,
      button: 'Go to the planner',
    },
    rejected: {
      subject: (school: string) => `Data-processing agreement rejected — ${school}`,
      body: (school: string) => `We can't accept the uploaded data-processing agreement of ${school}.`,
      reason: (reason: string) => `Reason: ${reason}`,
      next: "Correct the agreement and upload the scan again on the school's page in the planner.",
      button: 'Go to the agreement',
    },
    invited: {
      subject: (school: string) => `Invitation to the matura planner — ${school}`,
      body: (school: string, role: string, by: string) =>
        `${by} invites you to the matura planner of ${school} as: ${role}.`,
      login: 'Login:',
      setPassword: "We've created an account for you. Set a password to sign in:",
      setPasswordButton: 'Set password',
      existing: 'Sign in to your account — the school is already on your list.',
      openButton: "Open the school's planner",
      fallback: "If the button doesn't work, copy this address into your browser:",
      validity: (days: number) =>
        `The link is one-time and valid for ${days} ${pluralEn(days, 'day', 'days')}. After it expires, use "Forgot your password?".`,
    },
  },
};
