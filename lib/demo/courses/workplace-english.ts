import { q, type DemoCourseContent } from './types';

// The demo catalogue's course written in English (Course.language 'en'): its lessons and test
// are English throughout, unlike the Polish-taught "Angielski B1".
export const workplaceEnglish: DemoCourseContent = {
  slug: 'workplace-english-b2',
  modules: [
    {
      title: 'Meetings',
      lessons: [
        {
          title: 'Opening and running a meeting',
          minutes: 12,
          body: `# Opening and running a meeting

A clear opening tells everyone **why** you meet and **what** you want to decide.

- *Thanks for coming. The aim of today's meeting is to agree on the launch date.*
- *We have three points on the agenda.*
- *Let's move on to the next point.*

## Keeping time

- *We're running short of time, so let's keep this brief.*
- *Can we come back to this at the end?*`,
        },
        {
          title: 'Agreeing and disagreeing politely',
          minutes: 10,
          body: `# Agreeing and disagreeing politely

| Agreeing | Disagreeing |
| --- | --- |
| *I completely agree.* | *I see your point, but…* |
| *That's a good idea.* | *I'm not sure that would work.* |
| *Exactly.* | *I'm afraid I don't agree.* |

Softeners such as *I'm afraid* or *I'm not sure* make a disagreement sound polite.`,
        },
      ],
    },
    {
      title: 'E-mails and calls',
      lessons: [
        {
          title: 'E-mails that get answered',
          minutes: 15,
          body: `# E-mails that get answered

1. **Subject line**: say what you need — *Request: updated price list by Friday*.
2. **First line**: the reason for writing — *I'm writing to ask about…*
3. **One request per paragraph.**
4. **Closing**: *Could you let me know by Friday?* · *Kind regards,*

Avoid *Dear Sir or Madam* when you know the person's name.`,
        },
        {
          title: 'On the phone',
          minutes: 10,
          body: `# On the phone

- *Hello, this is Anna Nowak from Planeta. Could I speak to Mr Smith, please?*
- *I'm calling about your order.*
- *Sorry, could you repeat that, please?*
- *Could you spell that for me?*
- *I'll send you an e-mail to confirm.*`,
        },
      ],
    },
  ],
  questions: [
    q(
      'SINGLE',
      'Which sentence opens a meeting best?',
      '*The aim of today’s meeting is to agree on the launch date.',
      'Let’s finish.',
      'Any other business?',
      'See you next time.',
    ),
    q(
      'SINGLE',
      'What does “Let’s move on to the next point” do?',
      '*Changes the topic to the next agenda item',
      'Ends the meeting',
      'Asks for a vote',
      'Starts a break',
    ),
    q(
      'MULTIPLE',
      'Which phrases agree with someone?',
      '*I completely agree.',
      '*That’s a good idea.',
      'I’m afraid I don’t agree.',
      'I’m not sure that would work.',
    ),
    q(
      'SINGLE',
      'Which phrase disagrees politely?',
      '*I see your point, but…',
      'You are wrong.',
      'No.',
      'That’s nonsense.',
    ),
    q(
      'SINGLE',
      'What makes a disagreement sound softer?',
      '*Phrases such as “I’m afraid”',
      'Speaking louder',
      'Using capital letters',
      'Repeating the word “no”',
    ),
    q(
      'SINGLE',
      'A good e-mail subject line…',
      '*says what you need',
      'is always empty',
      'repeats your name',
      'is as long as possible',
    ),
    q(
      'SINGLE',
      'How many requests should one paragraph of an e-mail carry?',
      '*One',
      'Three',
      'As many as possible',
      'None',
    ),
    q(
      'MULTIPLE',
      'Which are good ways to close a request e-mail?',
      '*Could you let me know by Friday?',
      '*Kind regards,',
      'Whatever.',
      'Bye bye!!!',
    ),
    q(
      'SINGLE',
      'When you know the person’s name, avoid…',
      '*Dear Sir or Madam',
      'Dear Ms Smith',
      'Hello John',
      'Dear Mr Brown',
    ),
    q(
      'SINGLE',
      'How do you ask someone to say something again?',
      '*Sorry, could you repeat that, please?',
      'What?',
      'Again!',
      'I don’t care.',
    ),
    q(
      'SINGLE',
      'How do you introduce yourself on the phone?',
      '*Hello, this is Anna Nowak from Planeta.',
      'Who are you?',
      'Speak.',
      'Yes?',
    ),
    q(
      'SINGLE',
      'What do you say to confirm what was agreed on a call?',
      '*I’ll send you an e-mail to confirm.',
      'Forget it.',
      'Call me never.',
      'Maybe.',
    ),
  ],
};
