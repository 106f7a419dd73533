// English catalogue: the group purchase (company admin's group page, staff queues). Mirrors
// lib/i18n/pl/groups.ts key for key. Column labels stay recognisable to the list reader's
// synonyms (lib/groups/list/participant-columns.ts), which include the English names.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';
import { groupsDashboard } from './groups-dashboard';

const countFmt = new Intl.NumberFormat('en-GB');
const count = (n: number) => countFmt.format(n);
const accounts = (n: number) => `${count(n)} ${pluralEn(n, 'account', 'accounts')}`;
const rowsWord = (n: number) => pluralEn(n, 'row', 'rows');
const seatsLeft = (n: number) => `${count(n)} free ${pluralEn(n, 'seat is', 'seats are')} left`;

const ACCEPTED = 'Upload an Excel spreadsheet (.xlsx) or a CSV file — ideally the completed participant list template.';

export const groups: Messages['groups'] = {
  dashboard: groupsDashboard,
  columns: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    login: 'Login',
    password: 'Password',
    birthDate: 'Date of birth (OHS certificate)',
    birthPlace: 'Place of birth (OHS certificate)',
  },
  birthDateFormat: (value: string) => `“${value}” is not a date of birth — enter it as DD.MM.YYYY, e.g. 14.03.1988.`,
  notifyEmailLabel: 'E-mail for the account notice',
  rows: {
    nameMissing: (field: 'firstName' | 'lastName') =>
      `${field === 'firstName' ? 'First name' : 'Last name'} missing — this field is required.`,
    nameTooLong: (column: string, max: number) => `${column} can be at most ${max} characters long.`,
    nameDigits: (column: string) => `${column} can't contain digits.`,
    nameChars: (column: string) => `${column} can contain only letters, spaces, hyphens and apostrophes.`,
    emailFormat: (email: string) => `“${email}” is not a valid e-mail address.`,
    passwordFormula: "The password can't start with =, +, - or @ (a spreadsheet would treat it as a formula).",
    passwordIsIdentity: "The password can't be the same as the login or the e-mail address.",
    loginLength: (min: number, max: number) => `The login must be ${min} to ${max} characters long.`,
    loginChars:
      'The login can contain only the letters a–z (no Polish characters), digits, full stops, underscores and hyphens.',
    loginStart: 'The login must start with a letter or a digit.',
    loginRepeated: (login: string, rows: string) => `The login “${login}” is repeated in rows ${rows}.`,
    emailRepeated: (email: string, rows: string) => `The e-mail address “${email}” is repeated in rows ${rows}.`,
    rowList: (numbers: string[]) => `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`,
    emptyList:
      "The list doesn't contain any participants. Enter each person's first and last name on a separate row under the header.",
    notifyMissing: (label: string) =>
      `Fill in the “${label}” field — we'll send the notice about the created accounts to this address.`,
    notifyInvalid: (email: string, label: string) =>
      `The address “${email}” in the “${label}” field is not a valid e-mail address.`,
    emailTaken: (email: string) => `An account with the address “${email}” already exists on the platform.`,
    loginTaken: (login: string) =>
      `The login “${login}” is already taken on the platform — enter another or leave the field empty and we'll generate one.`,
    rowError: (row: number, column: string, message: string) => `Row ${row}, column “${column}”: ${message}`,
    seats: (needed: number, left: number) =>
      `The list needs ${accounts(needed)}, but ${left === 0 ? 'no free seats are left' : seatsLeft(left)}. Remove the extra people from the list or buy a package.`,
  },
  template: {
    sheet: 'Participants',
    instructions: (firstDataRow: number, loginMin: number, loginMax: number, maxRows: number) => [
      "INSTRUCTIONS. In the cell next to the label in the first row, enter the e-mail address we'll send the notice about the created accounts to.",
      `Enter each participant on a separate row, starting from row ${firstDataRow}. Don't change the column names.`,
      "First name and Last name are required. E-mail, Login and Password are optional — if the login or password is empty, we'll generate it (e.g. the login jan.kowalski).",
      `Login: ${loginMin}–${loginMax} characters — letters a–z without Polish characters, digits, full stop, underscore, hyphen; starts with a letter or digit; must be unique.`,
      "Password: 10–128 characters, at least one letter and one digit; different from the login and e-mail; can't start with =, +, - or @.",
      `The number of people can't exceed the number of free seats in the package; one list holds at most ${maxRows} people.`,
      'Save the file as .xlsx or CSV (UTF-8 or Windows-1250, semicolon or comma separated) and upload it on the platform.',
    ],
    notifyNote: "Enter here the e-mail address we'll send the notice about the created accounts to.",
  },
  stepHints: {
    agreementToSend: 'Accept the agreement online or upload a signed scan.',
    agreementCountersign:
      "Accepted by the company — awaiting Planeta's countersignature. You can already upload the list.",
    agreementInReview: 'Awaiting review by the Planeta team. You can already upload the list.',
    agreementAccepted: 'Accepted.',
    agreementRejected: 'Rejected — correct it and upload again.',
    listAfterAgreement: 'After the agreement is sent.',
    listSent: "Uploaded — you'll confirm it once the agreement is accepted.",
    listToConfirm: 'Check the list preview and confirm.',
    listMore: (seatsLeft: number) => `You can add another list (free: ${seatsLeft}).`,
    seatsUsed: 'All accounts used.',
    listHasErrors: "The list has errors and can't be confirmed — open the preview and fix the red rows.",
    listOverSeats: (over: number, left: number) =>
      `The list has ${over} ${rowsWord(over)} more than there are free seats (${left}) — remove the extra rows in the preview.`,
    listEmpty: 'The uploaded list has no participants — upload it again.',
    listToSend: 'Download the template, fill it in and upload it.',
    accountsReady: 'Download the sign-in details.',
    accountsAfterAgreement: 'After the agreement is accepted.',
    accountsToCreate: 'Confirm the list to create the accounts.',
    accountsAfterList: 'After the list is confirmed.',
    learningLater: '2 months from when the accounts are created.',
    learningDone: 'Learning period over.',
    learningNow: 'Participants are learning — follow their progress.',
    reportLater: '2 months after the accounts are created.',
    reportReadyMore: 'Download the report; another one is awaiting review.',
    reportReady: 'Download the report.',
    reportInReview: 'The report is awaiting review.',
    paid: 'Paid.',
  },
  exports: {
    number: 'No.',
    course: (title: string) => `Course: ${title}`,
    company: (name: string) => `Company: ${name}`,
    credentialsTitle: 'Participant sign-in details',
    credentialsSheet: 'Sign-in details',
    confidential:
      'Confidential: this document contains passwords. Give each participant only their own details, and delete the file once used.',
    generated: (at: string) => `Generated: ${at}`,
    loginUrl: (url: string) => `Sign-in address: ${url}`,
    reportTitle: 'Final training report',
    reportSheet: 'Final report',
    asOf: (date: string) => `As of: ${date}`,
    participants: (n: number, passed: number) => `Participants: ${n}, passed: ${passed}`,
    noAttempt: 'no attempt',
    yes: 'yes',
    no: 'no',
    score: 'Test score',
    passed: 'Passed',
    testDate: 'Test date',
    certificateNumber: 'Certificate no.',
  },
  passwordSameAsLogin: "The password can't be the same as the login.",
  rejectReasonMax: 'The reason can be at most 500 characters long.',
  commentMax: 'The comment can be at most 2,000 characters long.',
  file: {
    empty: (file: string) => `The file “${file}” is empty.`,
    tooLarge: (file: string, size: string) =>
      `The file “${file}” is ${size}, but a participant list can be at most 5 MB.`,
    legacyXls: (file: string) =>
      `The file “${file}” is in the old Excel 97–2003 format (.xls). Save it in Excel as “Excel Workbook (.xlsx)” or CSV and upload it again.`,
    tooManyRows: (n: number, max: number) =>
      `The file contains ${count(n)} ${rowsWord(n)} of participants, but one list can have at most ${count(max)} rows. Split the list into smaller files.`,
    unsupported: (file: string, what: string) => `The file “${file}” is ${what}, not a participant list. ${ACCEPTED}`,
    kindBinary: (name: string) => `a ${name} file`,
    kindArchive: 'a ZIP archive or another kind of document',
    kindBinaryMime: (mimeType: string) => `a binary file (${mimeType})`,
    kindBinaryPlain: 'a binary file',
    corrupt: (file: string) =>
      `We couldn't read the file “${file}”: the Excel file is damaged or incomplete. Open it in Excel, save it again as .xlsx and upload it once more.`,
    inflatedTooLarge: (file: string) => `The file “${file}” is too large for a participant list. ${ACCEPTED}`,
    noData: (file: string) => `The file “${file}” doesn't contain any data.`,
    combinedName:
      'First name and last name must be in two separate columns: “First name” and “Last name”. Use the participant list template.',
    noHeader:
      'No header row with the columns “First name” and “Last name” was found. Use the template, or add a row with the column names above the list: First name, Last name, E-mail, Login, Password.',
  },
  myGroups: 'My groups',
  courseNoticeHeading: 'Your group package for this course',
  courseNoticeText:
    "On the group page you'll find the instructions and next steps: the data processing agreement, the participant list, accounts, progress and the final report.",
  courseNoticeLink: (seats: number, left: number) => `Go to the group (${accounts(seats)}, free: ${count(left)})`,
  howItWorksHeading: 'Instructions — how to run the group training',
  howItWorksIntro:
    'Group training goes through 6 steps. You can see the state of each step, and what to do now, on the bar above.',
  howItWorks: [
    'Purchase — done. You can use the accounts you bought now or later, e.g. for new employees.',
    'Data processing agreement — accept it online without paper (you read the agreement filled in with the invoice details and confirm your authority), or download the draft, sign it and upload a scan (PDF, JPG or PNG), or post the original. The Planeta team countersigns or reviews the agreement and lets you know by e-mail.',
    "Participant list — download the template (Excel or CSV), enter each person's first and last name (e-mail, login and password are optional) and the e-mail address that gets the notice about the accounts. You can upload the list (or paste it from Excel) as soon as you've sent the agreement; in the preview you fix wrong rows on the spot, and before the accounts are created you see a summary of seats.",
    'Accounts — once the agreement is accepted, you confirm the list and the accounts are created straight away (we generate missing logins and passwords). You download the sign-in details here as Excel or a printable PDF; the e-mail from the template gets a notice without passwords. Handing the details to participants is up to you.',
    "Learning — a participant signs in, can change their password and starts the course straight away; after passing the final test they download a certificate. Access lasts 2 months from when the account is created, and you see each person's progress in step 5.",
    'Final report — 2 months after the accounts are created we prepare a report with the list of participants and their test results. Once the Planeta team has reviewed it, you get an e-mail and download the report (Excel and PDF) in step 6.',
  ],
  myGroupsIntro: 'Group packages bought by your company. Click a group to go through the next steps.',
  noGroups: "You don't have any group packages yet.",
  openGroup: 'Open group',
  seatsBought: 'Accounts bought',
  seatsUsed: 'Used',
  seatsLeft: 'Free',
  groupInactive: 'This package is inactive (the order was refunded).',
  goToGroup: 'Go to my groups',
  groupsNotice: (n: number) =>
    `You have ${n} ${pluralEn(n, 'group package', 'group packages')}. You handle the agreement, participant list, accounts and final report on the group page.`,

  steps: {
    purchase: 'Purchase',
    agreement: 'Data processing agreement',
    list: 'Participant list',
    accounts: 'Accounts',
    learning: 'Learning',
    report: 'Final report',
  },
  state: { done: 'Done', current: 'To do', waiting: 'Waiting', later: 'Later' },

  agreementIntro:
    'Download the draft data processing agreement (filled in with the invoice details), add the dates, sign it and upload a scan.',
  downloadDraft: 'Download draft agreement (PDF)',
  scanLabel: 'Scan of the signed agreement (PDF, JPG or PNG, up to 10 MB)',
  uploadScan: 'Upload agreement scan',
  scanMissing: 'Choose the file with the scan of the signed agreement.',
  scanTooLarge: 'The scan can be at most 10 MB. Scan the agreement at a lower resolution or save it as PDF.',
  scanWrongType: (name: string) =>
    `The file “${name}” is not a PDF, JPG or PNG file. Upload the agreement scan in one of these formats.`,
  agreementAlreadyAccepted: 'The agreement has already been accepted.',
  agreementAwaitingReview: 'The uploaded agreement is awaiting review. You can upload a new one if it is rejected.',
  agreementAlreadyDecided: 'This agreement has already been decided.',
  agreementSubmitted:
    'Agreement uploaded — awaiting review by the Planeta team. You can already upload the participant list.',
  agreementAccepted: 'Agreement accepted.',
  agreementRejected: (reason: string) =>
    `Agreement rejected: ${reason}${/[.!?…]$/.test(reason) ? '' : '.'} Please correct it and upload it again.`,
  agreementNone: 'No agreement uploaded yet.',
  openScan: 'Open scan',
  agreementStatus: { SUBMITTED: 'Awaiting review', ACCEPTED: 'Accepted', REJECTED: 'Rejected' },

  listIntro:
    'Download the template, enter the participants (first and last name required; e-mail, login and password optional) and the e-mail address for the account notice, then upload the file.',
  templateXlsx: 'List template (Excel .xlsx)',
  templateCsv: 'List template (CSV)',
  listLabel: 'File with the participant list (.xlsx or .csv)',
  uploadList: 'Upload list',
  listTooLarge:
    'The participant list can be at most 5 MB. Remove unneeded sheets or images from the file, or save it as CSV.',
  listMissing: 'Choose the file with the participant list.',
  listNeedsAgreement:
    'The participant list can be uploaded once the data processing agreement has been accepted online or its signed scan uploaded (step 2).',
  listWaitsForAgreement:
    'First conclude the data processing agreement (step 2): accept it online or upload a signed scan.',
  noSeatsLeft: 'All accounts in the package have already been used.',
  uploadsHeading: 'Uploaded lists',
  previewTitle: 'Participant list preview',
  previewIntro: 'Check the list. Accounts are created only after you confirm — all at once or none.',
  rowsSummary: (rows: number, valid: number) => `Rows with participants: ${count(rows)}, valid: ${count(valid)}.`,
  noticeTo: (email: string) => `The account notice goes to: ${email}`,
  rowOk: 'OK',
  rowError: 'Error',
  loginWillBeGenerated: "we'll generate it",
  passwordWillBeGenerated: "we'll generate it",
  passwordGiven: 'given',
  confirmProvision: (n: number) => `Confirm and create ${accounts(n)}`,
  discard: 'Discard this list',
  discarded: 'List discarded. You can upload a corrected file.',
  fixAndUpload:
    "This list can't be confirmed yet. Fix the red rows here (“Fix this row”), download the file with the errors marked, or upload a corrected file below.",
  waitForAcceptance:
    "We'll create the accounts once the Planeta team has accepted the agreement. Come back here when you get the acceptance e-mail.",
  alreadyProvisioned: 'The accounts from this list have already been created.',
  uploadDiscarded: 'This list has been discarded. Upload the file again.',
  accountsNeedAcceptedAgreement:
    'Accounts can be created only once the Planeta team has accepted the data processing agreement.',
  listHasErrors: (lines: string[]) =>
    `The list contains errors — correct the file and upload it again. ${lines.join(' ')}`,
  notEnoughSeats: (needed: number, left: number) =>
    `Not enough free seats: the list needs ${accounts(needed)}, but ${left === 0 ? 'no free seats are left' : seatsLeft(left)} in the package. Nothing has been created.`,
  loginRace:
    'In the meantime someone took one of the logins on the list. Nothing has been created — please confirm the list again.',
  previewWithErrors: "Preview — with errors, can't be confirmed",
  statusOf: {
    PREVIEW: 'Preview — awaiting confirmation',
    PROVISIONED: 'Accounts created',
    DISCARDED: 'Discarded',
  },

  accountsCreated: (n: number) =>
    `${accounts(n)} created. Download the sign-in details and give them to the participants.`,
  credentialsXlsx: 'Sign-in details (Excel)',
  credentialsPdf: 'Sign-in details (printable PDF)',
  credentialsNote:
    "The files contain passwords — available only to this group's administrators. Passwords are not sent by e-mail.",
  passwordChosenByParticipant: '(set by the participant)',
  participantHasNoEmail: "This participant doesn't have an e-mail address on the list.",
  participantChosePassword: 'The participant has already set their own password.',
  sendCredentials: 'Send details to the participant',
  credentialsSent: "Sign-in details sent to the participant's address.",

  learningIntro: 'Each participant has access for 2 months from when their account is created.',
  participantsHeading: 'Participants',
  colName: 'Participant',
  colLogin: 'Login',
  colLoggedIn: 'Signed in',
  colProgress: 'Progress',
  colTest: 'Final test',
  colCertificate: 'Certificate',
  colAccess: 'Access until',
  neverLoggedIn: 'not yet',
  notTaken: 'no attempt',
  passedScore: (s: string) => `passed (${s})`,
  failedScore: (s: string) => `failed (${s})`,
  noParticipants: 'There are no participants yet.',

  reportIntro:
    "The final report is produced 2 months after the accounts from a given list are created. Once the Planeta team has reviewed it, you'll download it here.",
  reportDue: (date: string) => `The report will be prepared on ${date}.`,
  reportInReview: 'The report is awaiting review by the Planeta team.',
  reportXlsx: 'Report (Excel)',
  reportPdf: 'Report (PDF)',
  reportAlreadyApproved: 'This report has already been approved.',
  reportApproved: 'Report approved. The company administrator has been e-mailed.',
  commentSaved: 'Comment saved.',

  agreementsQueue: 'Agreements to review',
  agreementsQueueEmpty: 'No agreements awaiting review.',
  accept: 'Accept',
  reject: 'Reject',
  rejectReason: 'Reason for rejection',
  rejectReasonRequired: 'Give the reason for rejection — the company administrator will see it.',
  accepted: 'Agreement accepted. The company administrator has been e-mailed.',
  rejected: 'Agreement rejected. The company administrator has been e-mailed the reason.',
  reportsQueue: 'Final reports',
  reportsQueueEmpty: 'No reports.',
  reportStatus: { IN_REVIEW: 'To review', APPROVED: 'Approved' },
  staffComment: 'Team comment',
  reportComment: 'Comment from the Planeta team',
  saveComment: 'Save comment',
  approve: 'Approve report',

  firstLoginTitle: 'Welcome to Planeta',
  firstLoginIntro: 'Your company set the password for this account. You can keep it or set your own.',
  keepPassword: 'Keep the current password',
  setOwnPassword: 'Set my own password',
  ownPasswordSaved: 'Password saved.',

  groupSubtitle: (company: string, order: string) => `${company} · order ${order}`,
  orderWord: 'Order',
  purchasePaid: (paidAt: string | null, seats: number, course: string) =>
    `paid${paidAt ? ` ${paidAt}` : ''}: ${seats} ${pluralEn(seats, 'account', 'accounts')} in the course “${course}”.`,
  accountsAfterConfirm: 'Accounts are created once the participant list is confirmed.',
  colFile: 'File',
  colUploaded: 'Uploaded',
  colRows: 'Rows',
  colState: 'Status',
  colActions: 'Actions',
  reportOf: (file: string, people: number, since: string) =>
    `${file} — ${people} ${pluralEn(people, 'person', 'people')}, accounts since ${since}`,
  groupPageTitle: 'Group',
  topUpLink: 'Add seats to this group →',
  stepsNav: 'Group purchase steps',

  backToGroup: '← Back to the group',
  previewRows: 'List rows',
  colRow: 'Row',

  uploadForm: {
    chooseFile: 'Choose a file.',
    failed: "We couldn't upload the file. Please try again.",
    offline: "We couldn't upload the file — check your connection and try again.",
    sending: 'Uploading…',
  },

  esign: {
    title: 'Accepting the data processing agreement online',
    intro:
      "You can conclude the data processing agreement without paper: the GDPR (Art. 28(9)) allows electronic form. Read the agreement filled in with the company's details, enter your name and position, confirm your authority and accept. The Planeta team countersigns the agreement, and you download the accepted PDF with the confirmation from the group page.",
    start: 'Accept the agreement online',
    orScan: 'Prefer paper? Download the draft, sign it and upload the scan below, or post the original.',
    openPdf: 'Open the agreement (PDF)',
    textHeading: 'Text of the agreement',
    courtesyNotice:
      'Courtesy translation — it is not signed and does not bind. You accept and sign only the Polish original below.',
    translationHeading: 'Courtesy translation of the agreement',
    originalHeading: 'Polish original (binding — this is the text you accept)',
    openCourtesyPdf: 'Open the courtesy translation (PDF, not for signing)',
    courtesyDraft: 'Download the courtesy translation of the draft (PDF, not binding)',
    hash: (h: string) => `SHA-256 hash of this text: ${h}`,
    signerName: 'Full name of the person accepting',
    signerRole: 'Position (e.g. president of the management board, board member, attorney)',
    authorised: (company: string) =>
      `I declare that I am authorised to represent ${company} and to conclude this agreement on its behalf.`,
    read: 'I have read the agreement and accept it.',
    submit: 'I accept the agreement',
    nameRequired: 'Enter the full name of the person accepting the agreement.',
    roleRequired: 'Enter the position in which you represent the company.',
    tooLong: 'At most 120 characters.',
    authorisedRequired: 'The agreement can only be accepted by a person authorised to represent the company.',
    readRequired: 'Confirm that you have read the agreement.',
    companyOnly: "The agreement is accepted by the company's representative; the Planeta team countersigns it.",
    textChanged: 'The text of the agreement has changed since this page was opened. Please read it again and accept.',
    notAvailable: "The agreement has already been uploaded or accepted — there's no need to accept it again.",
    accepted: (name: string, at: string) => `Accepted electronically by ${name} (${at}).`,
    waitsForCountersign: "Awaiting the Planeta team's countersignature. You can already upload the participant list.",
    countersigned: 'Countersigned by the Planeta team.',
    downloadAccepted: 'Download the accepted agreement (PDF)',
    pageTitle: 'Accepting the data processing agreement',
    panelAccepted: (name: string, role: string, at: string, ip: string) =>
      `Accepted electronically: ${name} (${role}), ${at}, IP ${ip}.`,
    panelOpen: 'Open the accepted agreement with confirmation (PDF)',
    countersign: 'Countersign the agreement',
    methodLabel: { SCAN: 'scan', ELECTRONIC: 'online acceptance', POST: 'original by post' },
  },
  post: {
    heading: 'Agreement received by post',
    intro:
      "When the company has sent the signed original, record the day it arrived — the group's step 2 will be complete.",
    group: 'Group',
    receivedOn: 'Date received',
    note: 'Note (optional)',
    submit: 'Save agreement received by post',
    saved: 'Agreement received by post saved.',
    noGroup: 'Choose a group.',
    noGroups: 'All groups already have an accepted agreement.',
    inFuture: "The date received can't be in the future.",
    dateRequired: 'Enter the date received.',
    superseded: 'Replaced by the signed original received by post.',
    received: (date: string) => `Original agreement received by post on ${date}.`,
  },
  staffList: {
    title: 'Groups',
    nav: 'Groups',
    intro: 'All group purchases: which stage they are at, with links to the group and the order.',
    filter: 'Filter',
    clear: 'Clear',
    state: 'Stage',
    anyState: 'All stages',
    company: 'Company',
    course: 'Course',
    anyCourse: 'All courses',
    states: {
      agreement: 'Awaiting agreement',
      list: 'Awaiting list',
      learning: 'Learning',
      report: 'Report to prepare',
      done: 'Finished',
    },
    colCompany: 'Company',
    colCourse: 'Course',
    colOrder: 'Order',
    colSeats: 'Accounts',
    colState: 'Stage',
    colReport: 'Final report',
    seats: (used: number, bought: number) => `${used} of ${bought}`,
    reportOn: (date: string) => `${date}`,
    none: 'No groups match the filter.',
    table: 'List of groups',
    inactive: 'inactive',
    count: (n: number) => `Groups: ${n}`,
    byPost: 'Agreement arrived by post?',
    orderGroups: 'Groups from this order',
    orderGroup: (company: string, course: string, seats: number) =>
      `${company} — ${course} (${seats} ${pluralEn(seats, 'account', 'accounts')})`,
    upcoming: 'Upcoming final reports',
    upcomingEmpty: 'No final report is scheduled.',
    upcomingTable: 'Upcoming final reports',
    colDue: 'Report on',
    colList: 'List',
    colPeople: 'Participants',
    overdue: 'overdue — the report will be produced the next time the job runs',
  },
  duplicates: {
    sameNameInList: (rows: string[]) =>
      `The same person? The full name is repeated in ${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}.`,
    alreadyInGroup: (login: string) => `This person probably already has an account in this group (login ${login}).`,
    emailInGroup: (login: string) => `A participant in this group already has this e-mail (login ${login}).`,
    nameInGroup: (logins: string[]) =>
      `The group already has a participant with this full name (login ${logins.join(', ')}). Check it isn't the same person.`,
    heading: (n: number) => `Possible duplicates: ${n} ${rowsWord(n)} — check before you confirm.`,
    note: "This is only a warning: if they're different people, you can confirm the list unchanged.",
  },
  fix: {
    edit: 'Fix this row',
    save: 'Save and check again',
    remove: 'Remove this row from the list',
    saved: (row: number) => `Row ${row} corrected and checked again.`,
    savedOk: (row: number) => `Row ${row} is now valid.`,
    stillWrong: (row: number) => `Row ${row} still has errors — see the notes by the fields.`,
    removed: (row: number) => `Row ${row} removed from the list.`,
    passwordKeep: 'Leave empty to keep the password from the file; enter a new one to change it.',
    passwordGenerate: 'Remove the password from the file — generate it automatically',
    legend: (row: number) => `Row ${row}`,
    downloadMarked: 'Download the list with errors marked (XLSX)',
    downloadMarkedNote:
      'Cells with errors are red, with a description in a comment and in the “Errors” column. Correct the file and upload it again, or fix the rows here.',
    errorsColumn: 'Errors',
    warningsColumn: 'Warnings',
    listProblemsSheet: 'List errors',
    replaceHeading: 'Upload a corrected file',
    replaceNote: 'The new file will replace this list.',
    // URL query codes (lib/actions/groups/fix-upload-row.ts), not shown text.
    outcome: { ok: 'ok', bledy: 'bledy', usunieto: 'usunieto' },
    tooManyRows: (over: number) =>
      `The list has ${over} ${rowsWord(over)} more than there are free seats: remove the extra rows or add seats.`,
    loginPlanned: (login: string) => `${login} (assigned automatically)`,
    loginsNote: 'Automatically assigned logins are shown below; the final check happens when the accounts are created.',
    next: 'Next: confirm creating the accounts',
  },
  paste: {
    heading: 'Or paste rows straight from Excel',
    intro:
      'In Excel, select the columns First name, Last name (and optionally E-mail, Login, Password) and paste them here. You can paste the header row or leave it out — then the columns must be in the template order.',
    rows: 'Rows from Excel',
    notifyEmail: 'E-mail for the notice about the created accounts',
    submit: 'Check the pasted rows',
    empty: 'Paste at least one row.',
    tooLong: 'Too much text at once — paste at most 5,000 rows or upload a file.',
    notifyInvalid: 'Enter a valid e-mail address, e.g. kadry@firma.pl.',
    fileName: 'pasted-from-excel.txt',
  },
  confirmList: {
    title: 'Confirm creating the accounts',
    intro:
      'Check the summary. Once you confirm, the accounts are created straight away and the 2 months of access begin.',
    accounts: 'Accounts to create',
    seatsBought: 'Seats bought',
    seatsUsedNow: 'Used so far',
    seatsLeftAfter: 'Free after creation',
    notice: (email: string) => `The account notice will go to: ${email}`,
    warnings: (n: number) =>
      `Note: ${n} ${n === 1 ? 'row looks' : 'rows look'} like a possible duplicate — go back to the preview if you want to check.`,
    back: '← Back to the preview',
    cannot: "This list can't be confirmed yet.",
    heading: 'Summary',
  },
};
