// Where the office thread lives in the address bar: the learner's side in Strefa Słuchacza, the
// office's in the panel; files are fetched through each side's own route.
export const LEARNER_THREAD_PATH = '/strefa-sluchacza/wiadomosci';
export const LANGUAGE_PANEL_PATH = '/panel/jezyk';
export const OFFICE_INBOX_PATH = `${LANGUAGE_PANEL_PATH}/wiadomosci`;
export const officeThreadPath = (learnerId: string) => `${OFFICE_INBOX_PATH}/${learnerId}`;
export const learnerSendPath = `${LEARNER_THREAD_PATH}/wyslij`;
export const officeSendPath = (learnerId: string) => `${officeThreadPath(learnerId)}/wyslij`;
export const learnerFilePath = (fileId: string) => `${LEARNER_THREAD_PATH}/pliki/${fileId}`;
export const officeFilePath = (fileId: string) => `${OFFICE_INBOX_PATH}/pliki/${fileId}`;
