import type { StarterSection } from '../StarterContentTypes';

/** AUP for key stages 3 to 5: plain, direct first-person statements for students aged 11 to 18. */
export const aupKs3to5Section: StarterSection = {
  key: 'aup-ks3-5',
  title: 'Acceptable use agreement: key stages 3 to 5',
  summary:
    'Plain first-person statements for students aged about 11 to 18, covering phones and their own devices, social media, filtering, bullying, the law on intimate images, AI in assessed work, sanctions and how to report.',
  group: 'Aup',
  audience: 'KS3to5',
  statements: [
    {
      key: 'aup-ks3-5-accounts',
      text: 'I use school devices, accounts and the network for learning. I keep my login details to myself and log out when I finish.',
      guidance:
        'Go through the agreement with students at the start of each year, for example in form time. Students sign it; parents and carers are asked to read it too.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'cyber']
    },
    {
      key: 'aup-ks3-5-phones',
      text: "I follow the school's phone rules. My phone and smart watch stay switched off and out of sight during the school day, unless I have an agreed exception.",
      guidance:
        'Change this line to match your phone policy, for example if phones are handed in or kept in locked pouches. Sixth-form students have their own line below.',
      mandatory: false,
      settings: ['Secondary', 'Special'],
      tags: ['aup', 'pupils', 'phones']
    },
    {
      key: 'aup-ks3-5-post16-devices',
      text: "As a sixth-form student, I use my own devices for study only where and when the school allows. I connect them only through the school's network.",
      guidance:
        "Connecting through the school network brings students' devices under filtering and monitoring. Remove this line if your school has no sixth form.",
      mandatory: false,
      settings: ['Post16'],
      tags: ['aup', 'pupils', 'phones', 'byod', 'post16']
    },
    {
      key: 'aup-ks3-5-no-bypass',
      text: "I will not try to get round the school's filtering or security. This includes using VPNs, proxies or my phone as a hotspot.",
      guidance:
        'Bypassing filtering is a common breach in secondary schools. Make sure students know that attempts are logged.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'filtering']
    },
    {
      key: 'aup-ks3-5-monitored',
      text: 'I know that my use of school devices and systems is filtered and monitored. Staff will act if something suggests that I or someone else may be at risk.',
      guidance:
        'The DfE standards expect users to be told that they are monitored. Being honest about who sees monitoring alerts builds trust.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'monitoring', 'filtering']
    },
    {
      key: 'aup-ks3-5-respect',
      text: 'I treat people with respect online. I will not bully, harass or threaten anyone, or create or share rumours, fake images or fake accounts about pupils or staff.',
      guidance:
        'Name fake accounts and edited images, as both are now common in online bullying. Link the line to your anti-bullying policy.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'conduct', 'bullying', 'ai']
    },
    {
      key: 'aup-ks3-5-images-law',
      text: "I know it is against the law to make, share, ask for or keep nude or semi-nude images of anyone under 18, including images made or changed with AI. If this happens to me, I can ask for help and use Childline's Report Remove tool.",
      guidance:
        'Teach this alongside the message that students who ask for help will be supported. The UKCIS guidance expects schools to respond to most incidents with support, not criminalisation.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'nudes', 'conduct', 'ai']
    },
    {
      key: 'aup-ks3-5-recording',
      text: 'I will not photograph, film or record pupils or staff in school without their permission. I will never share a recording to embarrass or hurt someone.',
      guidance:
        "Covert recording of staff and pupils can be deeply distressing and is a common source of online bullying. This line links to the school's rules on images.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'images', 'conduct']
    },
    {
      key: 'aup-ks3-5-ai-assessed',
      text: 'I use AI honestly. In assessed work I use it only where the rules allow and I reference it. I know that using AI without saying so in work for a qualification is malpractice.',
      guidance:
        'This reflects JCQ rules on AI in assessments. Explain how students should reference AI use in each subject before coursework begins.',
      mandatory: true,
      settings: ['Secondary', 'Post16'],
      tags: ['aup', 'pupils', 'ai', 'assessment', 'jcq']
    },
    {
      key: 'aup-ks3-5-footprint',
      text: 'I think before I post. What I share can be copied, saved and seen by people I did not choose, and it can affect my future. I check my privacy and location settings.',
      guidance:
        'Older students respond well to the link between online reputation and applications for college, university and work.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'privacy', 'social-media']
    },
    {
      key: 'aup-ks3-5-contact-pressure',
      text: 'I will not meet someone I only know online without telling a trusted adult. If anyone pressures, threatens or blackmails me online, I tell someone and I do not pay or send anything.',
      guidance:
        'This line prepares students for grooming and sextortion. Stress that they will be helped, not blamed, whatever has already happened.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'contact', 'sextortion']
    },
    {
      key: 'aup-ks3-5-scams',
      text: 'I watch out for scams, gambling and offers that seem too good to be true. I never give out bank details or passwords because a message asks me to.',
      guidance:
        'Young people are targeted by scams, including offers of easy money that draw them into moving money for criminals. This covers the commerce risk.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'commerce', 'scams']
    },
    {
      key: 'aup-ks3-5-report',
      text: 'If something online worries me, I report it on the app. I also tell a member of staff, the designated safeguarding lead or another adult I trust.',
      guidance:
        'Name your designated safeguarding lead and any anonymous reporting route your school offers, such as an online form.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'reporting']
    },
    {
      key: 'aup-ks3-5-consequences',
      text: 'If I break this agreement, I may lose access to school systems and face consequences under the behaviour policy. Serious cases may involve the police.',
      guidance:
        'Make the sanctions match your behaviour policy. Naming consequences plainly is fairer than leaving students to guess.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'behaviour']
    }
  ]
};
