// Texts of the learning centres (issue 22): see lib/centres/.
export const centresParent = {
  nav: 'Zajęcia w centrum',
  continuation: {
    closed: 'To centrum nie prowadzi teraz zapisów w ramach Akcji Kontynuacja.',
  },
};
