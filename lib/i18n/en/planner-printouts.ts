// English catalogue: the matura planner's summaries, printouts and exports. Mirrors lib/i18n/pl/planner-printouts.ts key for key.
// File names stay the Polish ones (plain ASCII), as the download routes and schools know them.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const students = (n: number) => `${n} ${pluralEn(n, 'student', 'students')}`;

export const plannerPrintouts: Messages['plannerPrintouts'] = {
  summaries: {
    title: 'Summaries',
    totals: (all: number, checked: number) =>
      `${students(all)} in the planner, checked against the paper declaration: ${checked}.`,
    empty: 'There are no students yet: summaries will appear once you add students and their declarations.',
    columns: {
      subject: 'Subject',
      level: 'Part and level',
      students: 'Number of candidates',
      className: 'Class',
      classStudents: 'Students',
      exams: 'Declared exams',
      time: 'Time',
      lastName: 'Last name',
      firstName: 'First name',
    },
    subjects: {
      title: 'Subjects and levels',
      intro: 'This is how many papers and exams the school orders from the regional examination board (OKE).',
      none: 'No student has declared any exams yet.',
    },
    classes: {
      title: 'Classes',
      intro: 'The number of students in each class and their exams.',
      noExams: 'no declaration',
    },
    days: {
      title: 'Session days',
      intro: (year: number) => `According to CKE's ${year} matura exam timetable.`,
      day: (date: string, n: number) => `${date} — ${students(n)}`,
      none: "CKE's timetable for this year hasn't been entered yet, or none of the students' exams has a date in it.",
      unscheduled: 'Exams without a date in the timetable',
    },
    unchecked: {
      title: 'Not checked against the paper declaration',
      intro:
        "The planner's data doesn't replace the paper declarations: check each student against their signed declaration.",
      none: 'All students have been checked against their paper declarations.',
    },
  },
  page: {
    title: 'Printouts and exports',
    intro:
      "Files for signing, for the examination board and for the supervising teams. Always from the planner's current data.",
    download: 'Download',
    files: {
      declarations: {
        name: 'Declarations for signing (PDF)',
        about:
          "One page per student, by class and last name: all declared exams with levels, the computer science environment and spaces for the student's and parent's signatures.",
      },
      subjectsPdf: {
        name: 'Numbers of candidates per subject (PDF)',
        about: 'The number of students for each subject, part and level — for ordering from the OKE.',
      },
      subjectsXlsx: {
        name: 'Numbers of candidates per subject (XLSX)',
        about: 'The same summary in a spreadsheet.',
      },
      students: {
        name: 'Students and their exams (XLSX)',
        about: 'One row per student: class, formula, exemption, exams and check state.',
      },
      rooms: {
        name: 'Room lists (PDF)',
        about: 'For each room and exam date: the date, time and list of assigned students.',
      },
      teams: {
        name: 'Supervising team make-ups (PDF)',
        about:
          'For each room and date: the chair, the members (marking those from outside the school) and approval by the head teacher.',
      },
    },
    refused: {
      unpaid: (number: string, amount: string, deadline: string) =>
        `Download refused: the licence is unpaid. Printouts and exports will be available once the payment of ${amount} for pro forma invoice ${number} is booked (payment due ${deadline}).`,
      unpaidNoProforma: 'Download refused: the licence is unpaid.',
      blocked:
        "Download refused: the licence is invalid or the school's data has been deleted, so data can't be downloaded.",
      readOnly:
        "The licence has expired: files can be downloaded until the data is deleted. If the download didn't work, try again.",
      pay: 'How to pay',
    },
  },
  files: {
    declarations: 'deklaracje.pdf',
    subjectsPdf: 'przedmioty.pdf',
    subjectsXlsx: 'przedmioty.xlsx',
    students: 'uczniowie.xlsx',
    rooms: 'sale.pdf',
    teams: 'zespoly.pdf',
  },
  pdf: {
    generated: (at: string) => `Generated: ${at}`,
    examYear: (year: number) => `Matura exam ${year}`,
    declaration: {
      title: 'Matura declaration summary',
      forSignature: 'For signing: agreement with the declaration submitted by the student',
      student: 'Student',
      className: 'Class',
      formula: 'Formula',
      exemption: 'Exemption from an additional subject (vocational diploma)',
      yes: 'yes',
      exams: 'Declared exams',
      noExams: 'No declared exams.',
      environment: 'Environment',
      signatureStudent: "date and the student's legible signature",
      signatureParent: "date and the parent's (legal guardian's) legible signature — if the student is a minor",
      checked: (at: string) => `Checked against the paper declaration: ${at}`,
      empty: 'No students in the planner.',
    },
    subjects: {
      title: 'Numbers of candidates per subject and level',
      total: (n: number) => `Students in the planner: ${n}`,
      empty: 'No declared exams.',
    },
    rooms: {
      title: 'Lists of students in rooms',
      room: (name: string) => `Room: ${name}`,
      session: (subject: string, level: string, at: string) => `${subject}, ${level} — ${at}`,
      seats: (seated: number, seats: number) => `Students: ${seated} (seats in the room: ${seats})`,
      empty: 'No room assignments.',
      noStudents: 'Nobody is assigned to this room yet.',
    },
    teams: {
      title: 'Supervising team make-ups',
      role: 'Role',
      chair: 'chair',
      member: 'member',
      name: 'Full name',
      from: 'From',
      external: 'from outside the school',
      own: "school's teacher",
      approved: (at: string) => `Make-up approved by the head teacher: ${at}`,
      notApproved: 'Make-up not approved by the head teacher.',
      noMembers: 'The team has no members yet.',
      empty: 'No supervising teams.',
    },
  },
  xlsx: {
    subjectsSheet: 'Subjects',
    studentsSheet: 'Students',
    number: 'No.',
    lastName: 'Last name',
    firstName: 'First name',
    className: 'Class',
    formula: 'Formula',
    exemption: 'Exemption (vocational diploma)',
    exams: 'Exams',
    environment: 'Computer science: environment',
    checkedAt: 'Checked against the declaration',
    yes: 'yes',
    no: 'no',
  },
};
