// Where Matplaneta Live is sold: the course page with its groups and the order form.
export const LIVE_MATHS_PATH = '/matematyka-live';
