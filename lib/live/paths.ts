// Where a learner sees their live classes (phase 2's page); e-mails link here.
export const LIVE_LEARNER_PATH = '/zajecia';
export const LIVE_TEACHER_PATH = '/panel/zajecia';
