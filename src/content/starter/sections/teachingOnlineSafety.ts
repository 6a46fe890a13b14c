import type { StarterSection } from '../StarterContentTypes';

/** Policy section 4: how online safety is taught, by phase and for pupils with SEND. */
export const teachingOnlineSafetySection: StarterSection = {
  key: 'teach-online-safety',
  title: 'Teaching online safety',
  summary:
    'How pupils learn to stay safe online: through RSHE, computing and PSHE, planned with Education for a Connected World, and adapted for each phase and for pupils with special educational needs and disabilities.',
  group: 'Policy',
  statements: [
    {
      key: 'teach-curriculum',
      text: 'Every pupil at {{SchoolName}} is taught about online safety through a planned curriculum that builds year on year. It is delivered through relationships and health education (and sex education in secondary), computing and PSHE, and reinforced in other subjects whenever pupils use technology.',
      guidance:
        'KCSIE expects schools to teach pupils how to keep themselves safe online. RSHE and computing carry the statutory content; describe where else your school teaches it, such as assemblies or form time.',
      mandatory: true,
      settings: 'All',
      tags: ['curriculum', 'rshe', 'computing']
    },
    {
      key: 'teach-rshe-primary',
      text: 'Our primary teaching follows the revised RSHE statutory guidance. Pupils learn why apps and social media set minimum ages, how to use privacy and location settings, how to recognise online financial harms and how to think critically about what they see online.',
      guidance:
        'The revised RSHE guidance, published in 2025, applies from September 2026; confirm that date in the current guidance. Check that your scheme of work covers the new primary content, including why most social media sets a minimum age of 13.',
      mandatory: false,
      settings: ['Primary'],
      tags: ['curriculum', 'rshe', 'commerce']
    },
    {
      key: 'teach-rshe-secondary',
      text: 'Our secondary teaching follows the revised RSHE statutory guidance. It covers AI literacy and chatbots, deepfakes and fake accounts, misinformation and disinformation, misogynistic influencers, the harms of pornography, the law on images of under-18s, gambling, online bullying, stalking and coercive control.',
      guidance:
        'These topics come from the revised RSHE guidance published in 2025. Map each one to a year group and lesson so that governors can see the coverage; teach the law on images in a way that encourages pupils to seek help rather than fear punishment.',
      mandatory: false,
      settings: ['Secondary'],
      tags: ['curriculum', 'rshe', 'ai', 'nudes', 'misogyny']
    },
    {
      key: 'teach-post16',
      text: 'Students aged 16 to 19 continue to learn about online safety through tutorial and enrichment time, including healthy online relationships, financial scams, managing a digital footprint as they apply for work and study, and staying safe as they become more independent.',
      guidance:
        'Older students still meet serious online risks, including sextortion and fraud. Keep the content practical and linked to the next steps students are taking.',
      mandatory: false,
      settings: ['Post16'],
      tags: ['curriculum', 'post16', 'commerce']
    },
    {
      key: 'teach-early-years',
      text: 'In the early years, children learn through play, stories and talk that they should ask before using a device and tell a trusted adult if anything on a screen worries or upsets them.',
      guidance:
        'There is no separate online-safety curriculum in the EYFS, but the ages 4 to 7 outcomes in Education for a Connected World give a starting point. Keep messages short, positive and repeated.',
      mandatory: false,
      settings: ['EarlyYears'],
      tags: ['curriculum', 'early-years']
    },
    {
      key: 'teach-computing',
      text: 'The computing curriculum teaches pupils to use technology safely, respectfully and responsibly, to keep personal information private, to recognise behaviour that is and is not acceptable, and to know how to report concerns.',
      guidance:
        'The national curriculum for computing includes online safety at every key stage. Check your computing and RSHE plans side by side so that they neither repeat each other nor leave gaps.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special'],
      tags: ['curriculum', 'computing']
    },
    {
      key: 'teach-connected-world',
      text: 'We use the UK Council for Internet Safety framework Education for a Connected World to plan progression across its eight strands, from self-image and identity to copyright and ownership.',
      guidance:
        'The eight strands are self-image and identity; online relationships; online reputation; online bullying; managing online information; health, wellbeing and lifestyle; privacy and security; and copyright and ownership. Outcomes are set for ages 4 to 7, 7 to 11, 11 to 14 and 14 to 18.',
      mandatory: false,
      settings: 'All',
      tags: ['curriculum', 'planning']
    },
    {
      key: 'teach-send',
      text: 'Teaching is adapted for pupils with special educational needs and disabilities, using approaches such as visual supports, social stories, repetition and small steps, so that every pupil understands how to stay safe and how to ask for help.',
      guidance:
        "KCSIE expects online-safety teaching to be adapted for pupils with SEND. The SENCO can advise on approaches; record any individual adaptations in the pupil's support plan rather than in this policy.",
      mandatory: true,
      settings: 'All',
      tags: ['curriculum', 'send']
    },
    {
      key: 'teach-special-school',
      text: "As a special school, we plan online-safety teaching around each pupil's communication, understanding and independence, and we work closely with families so that the same messages are used at home and at school. Teaching covers the online content of the revised RSHE guidance, such as age limits, images that can be faked and how to get help, adapted for each pupil.",
      guidance:
        'Consistency between home and school matters especially where pupils learn best through routine. Consider sharing symbols, scripts or short videos with families.',
      mandatory: false,
      settings: ['Special'],
      tags: ['curriculum', 'send', 'parents']
    },
    {
      key: 'teach-critical-thinking',
      text: 'Pupils learn to think critically about what they find online: to ask who made it and why, to recognise persuasion, advertising and manipulation, and to understand how algorithms shape what each of us sees.',
      guidance:
        "Critical thinking is named in the revised RSHE guidance for both phases. It is also the best protection against risks that filtering cannot reach, such as misinformation on a pupil's own phone.",
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['curriculum', 'content', 'misinformation']
    },
    {
      key: 'teach-help-seeking',
      text: 'Every pupil is taught how to report a concern, both to adults in school and through the reporting tools of the apps and services they use, and is told that they will be listened to and supported when they speak up.',
      guidance:
        'Pupils often stay silent for fear of losing their device or getting into trouble. Saying plainly that they will be supported when they speak up encourages them to tell someone early.',
      mandatory: true,
      settings: 'All',
      tags: ['curriculum', 'reporting']
    },
    {
      key: 'teach-external-speakers',
      text: 'When external speakers or organisations contribute to online-safety education, staff check their materials in advance, remain in the room, and make sure the session fits our curriculum and our safeguarding approach.',
      guidance:
        'Shock tactics and frightening presentations can backfire. Check external providers as you would any visitor to lessons, and follow up the session in class.',
      mandatory: false,
      settings: 'All',
      tags: ['curriculum', 'visitors']
    }
  ]
};
