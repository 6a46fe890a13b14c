import type { StarterSection } from '../StarterContentTypes';

/** Policy section 3: the 4 Cs of online risk and the risks schools now name alongside them. */
export const onlineRisksSection: StarterSection = {
  key: 'risks-online',
  title: 'Online risks',
  summary:
    'The risks the school plans for, grouped as the 4 Cs (content, contact, conduct and commerce), with newer risks such as misinformation, misogynistic influencers and AI-generated harms.',
  group: 'Policy',
  statements: [
    {
      key: 'risks-four-cs',
      text: 'At {{SchoolName}} we think about online risk in four areas, often called the 4 Cs: content, contact, conduct and commerce. Staff use these areas to recognise risks, to describe concerns when they report them and to plan how to respond.',
      guidance:
        'KCSIE groups online risk into these four areas. A shared framework helps staff describe concerns consistently and helps the designated safeguarding lead spot patterns in the records.',
      mandatory: true,
      settings: 'All',
      tags: ['risks', 'content', 'contact', 'conduct', 'commerce']
    },
    {
      key: 'risks-content',
      text: 'Content risk means being exposed to illegal, inappropriate or harmful material. Examples include pornography; racist, antisemitic or misogynistic material; content that promotes self-harm, suicide or eating disorders; and extremist material that could draw a young person towards radicalisation.',
      guidance:
        'Use examples your pupils will recognise, and review them each year. Content risks are the ones filtering can reduce most, but pupils with their own mobile data can reach them anywhere.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'content']
    },
    {
      key: 'risks-misinformation',
      text: 'We treat misinformation, disinformation and conspiracy theories as content risks. Pupils are taught to question what they see, to check where it came from and to recognise content designed to mislead them or to provoke anger.',
      guidance:
        'Recent editions of KCSIE name misinformation, disinformation and conspiracy theories among content risks. Link this statement to the critical-thinking content in your curriculum plan.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'content', 'misinformation']
    },
    {
      key: 'risks-contact',
      text: 'Contact risk means harmful interaction with other people online. It includes peer pressure, unwanted commercial contact, and adults who pretend to be children or young people in order to groom or exploit them.',
      guidance:
        'Grooming can be sexual, criminal or ideological. Make sure staff know that contact risks often move from a public platform to private messaging, where adults cannot see them.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'contact', 'grooming']
    },
    {
      key: 'risks-ai-companions',
      text: 'We are alert to AI chatbots and companion apps that imitate friendship, romance or other relationships, because they can draw a child into harmful conversations, encourage secrecy or expose them to unsuitable content.',
      guidance:
        'Check against the final KCSIE 2026 text before publishing: it is reported, but not confirmed, that the final wording lists generative AI apps that simulate harmful interaction as a contact risk. The risk itself is real whatever the final wording, so the statement can stay with the reference adjusted.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'contact', 'ai'],
      checkAgainstGuidance: true
    },
    {
      key: 'risks-conduct',
      text: "Conduct risk means a pupil's own online behaviour that makes harm more likely or causes harm to others, such as making, sending or receiving explicit images, bullying others online, or sharing other people's personal information.",
      guidance:
        'Framing conduct as risk, not only as misbehaviour, helps staff respond with support as well as sanctions. The behaviour policy should say how online conduct is dealt with.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'conduct']
    },
    {
      key: 'risks-ai-images',
      text: 'Sexual images of children that have been made or altered using AI, sometimes called deepfakes or nudified images, are treated as seriously as any other such image. When pupils create or share them about other pupils, we treat it as child-on-child abuse.',
      guidance:
        'Check against the final KCSIE 2026 text before publishing: the consultation placed self-generated and AI-generated intimate images within child-on-child abuse, and the final text is reported to list AI-generated explicit images under conduct. Confirm the wording and adjust any reference to it.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'conduct', 'nudes', 'ai'],
      checkAgainstGuidance: true
    },
    {
      key: 'risks-commerce',
      text: 'Commerce risk covers online gambling, gambling-like features in games such as loot boxes, inappropriate advertising, phishing and financial scams. We teach pupils and remind staff how to recognise and report them.',
      guidance:
        'KCSIE lists commerce as the fourth area of risk and suggests reporting phishing to the Anti-Phishing Working Group. Financial harms are part of the revised primary RSHE content as well as secondary.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'commerce', 'scams']
    },
    {
      key: 'risks-misogyny',
      text: 'We recognise the harm done by misogynistic content and influencers online. We challenge attitudes that demean women and girls wherever they appear: in lessons, in conversation or in what pupils share online.',
      guidance:
        'Misogyny was among the additions consulted on for KCSIE 2026 and features in the revised RSHE guidance. Link this statement to your approach to sexual harassment and child-on-child abuse.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['risks', 'content', 'misogyny']
    },
    {
      key: 'risks-emerging',
      text: 'Online risks change quickly. The designated safeguarding lead and the online-safety lead keep up to date with new apps, trends and threats and tell staff what they need to know, taking care not to spread alarm about unconfirmed online challenges.',
      guidance:
        'Scare stories about viral challenges can cause more harm than the challenge by drawing children to it. Check a trend with trusted sources, such as the local authority or safeguarding partners, before warning families.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'trends']
    },
    {
      key: 'risks-vulnerable-pupils',
      text: 'Some pupils face greater risk online, including some pupils with special educational needs and disabilities, looked-after and previously looked-after children, and pupils going through difficulties at home. We take this into account in teaching, supervision and support.',
      guidance:
        'KCSIE notes that children with special educational needs and disabilities can face extra barriers to recognising and reporting abuse. Link this statement to your SEND and looked-after children arrangements.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'send', 'vulnerable']
    },
    {
      key: 'risks-wellbeing',
      text: 'We also consider how technology affects wellbeing, including sleep, screen time, body image and the pressure to be available all the time, and we address these through pastoral support and the curriculum.',
      guidance:
        'These harms are not always safeguarding concerns, but they matter to pupils and families. The health, wellbeing and lifestyle strand of Education for a Connected World gives age-related outcomes to teach towards.',
      mandatory: false,
      settings: 'All',
      tags: ['risks', 'wellbeing']
    }
  ]
};
