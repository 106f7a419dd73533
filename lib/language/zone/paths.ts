// Where the learner's zone lives; e-mails and other pages link here.
export const ZONE_PATH = '/strefa-sluchacza';
export const ZONE_MESSAGES_PATH = '/strefa-sluchacza/wiadomosci';
