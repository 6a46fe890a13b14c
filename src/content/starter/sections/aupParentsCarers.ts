import type { StarterSection } from '../StarterContentTypes';

/** AUP for parents and carers: what the school asks of families online. */
export const aupParentsCarersSection: StarterSection = {
  key: 'aup-parents-carers',
  title: 'Acceptable use agreement: parents and carers',
  summary:
    "First-person commitments for parents and carers: supporting their child's agreement, photos at events, behaving well online, using official channels and raising concerns.",
  group: 'Aup',
  audience: 'ParentsCarers',
  statements: [
    {
      key: 'aup-parents-carers-support-child',
      text: "I will read my child's agreement with them and help them to follow it. I will talk with them about what they do online.",
      guidance:
        'Send this agreement home with the pupil agreement, or include it in the admissions pack. Keep the language plain; aim for a reading age that most families will find easy.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'parents']
    },
    {
      key: 'aup-parents-carers-event-photos',
      text: "At school events, I will take photos and videos for my family only. I will not post pictures of other children online without their parents' permission.",
      guidance:
        'Families may film their own children for personal use. The request about other children rests on courtesy and safeguarding, so explain why it matters.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'parents', 'images', 'events']
    },
    {
      key: 'aup-parents-carers-model',
      text: 'I will set a good example online. I will be respectful in posts, comments and group chats, and ask before I share pictures of children.',
      guidance:
        "Children copy the adults around them. This line supports the school's teaching about kindness online.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'parents', 'conduct']
    },
    {
      key: 'aup-parents-carers-concerns-directly',
      text: 'I will raise any concern or complaint with the school directly, not on social media or in group chats.',
      guidance:
        'Link this line to your complaints procedure and tell parents how to use it.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'parents', 'complaints', 'social-media']
    },
    {
      key: 'aup-parents-carers-official-channels',
      text: "I will contact staff only through the school's official channels, such as {{SchoolEmail}} or {{SchoolPhone}}. I will not use their personal accounts.",
      guidance:
        'This protects staff and keeps a record of contact. Add your parent app or learning platform if you use one.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'parents', 'communication']
    },
    {
      key: 'aup-parents-carers-home-settings',
      text: 'I will use parental controls and safe settings at home. I know that the school filters and monitors how pupils use its own systems.',
      guidance:
        "Point families to the parents' guide to settings and parental controls in the resources library.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'parents', 'controls', 'monitoring']
    },
    {
      key: 'aup-parents-carers-age-limits',
      text: 'I will check the age limits of apps, games and social media. I will think carefully before letting my child use anything meant for older users.',
      guidance:
        'Most social media sets a minimum age of 13. Take a supportive tone, as many families are unsure what is suitable.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'parents', 'age-limits']
    },
    {
      key: 'aup-parents-carers-tell-school',
      text: "I will tell the school if I am worried about my child's safety online. I will also tell the school about anything online that involves other pupils, so that staff can help.",
      guidance:
        'Parents often hear about incidents before staff do. Give the name of the designated safeguarding lead in the covering letter.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'parents', 'reporting']
    },
    {
      key: 'aup-parents-carers-phones',
      text: "I will support the school's phone rules. During the school day, I will contact my child through the school office.",
      guidance:
        'Parents messaging children during lessons is one of the main reasons pupils check their phones. This line makes the phone-free day easier to keep.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special'],
      tags: ['aup', 'parents', 'phones']
    },
    {
      key: 'aup-parents-carers-homework-ai',
      text: "I will encourage my child to do their own homework and to follow the school's rules on using AI tools.",
      guidance:
        "The sample letter on AI and homework explains the school's approach to families in more detail.",
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['aup', 'parents', 'ai', 'homework']
    },
    {
      key: 'aup-parents-carers-school-images',
      text: 'I will not share screenshots of school messages, learning journals or class pages that show other children.',
      guidance:
        'Images of children often leave school systems through screenshots. This line is especially important in early years settings that use online learning journals.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'parents', 'images']
    }
  ]
};
