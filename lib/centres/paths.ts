// Where the learning centres live in the address bar: the public finder and enrolment, the
// parent's page, and the staff panel with its desk.
export const CENTRES_PATH = '/centra';
export const centreGroupPath = (groupId: string) => `${CENTRES_PATH}/grupy/${groupId}`;
export const centreEnrolPath = (groupId: string) => `${centreGroupPath(groupId)}/zapis`;
export const PARENT_CENTRE_PATH = '/rodzina/centrum';
export const PANEL_CENTRES_PATH = '/panel/centra';
export const PANEL_CENTRE_GROUPS_PATH = `${PANEL_CENTRES_PATH}/grupy`;
export const panelCentreGroupPath = (groupId: string) => `${PANEL_CENTRE_GROUPS_PATH}/${groupId}`;
export const PANEL_PROGRAMMES_PATH = `${PANEL_CENTRES_PATH}/programy`;
export const DESK_PATH = `${PANEL_CENTRES_PATH}/kasa`;
export const deskReceiptPath = (receiptId: string) => `${DESK_PATH}/paragony/${receiptId}`;
