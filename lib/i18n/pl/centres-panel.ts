// Texts of the learning centres (issue 22): see lib/centres/.
export const centresPanel = {
  nav: 'Centra edukacyjne',
};
