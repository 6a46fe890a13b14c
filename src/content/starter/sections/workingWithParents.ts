import type { StarterSection } from '../StarterContentTypes';

/** Policy section 15: how the school works with parents and carers on online safety. */
export const workingWithParentsSection: StarterSection = {
  key: 'parents-carers',
  title: 'Working with parents and carers',
  summary:
    'What the school offers parents and carers (information, sessions, a route for concerns) and what it asks of them in return.',
  group: 'Policy',
  statements: [
    {
      key: 'parents-partnership',
      text: '{{SchoolName}} works in partnership with parents and carers, who have the greatest influence on how children use technology outside school.',
      guidance:
        'KCSIE expects schools to reinforce the importance of online safety with parents. This opening sets a supportive rather than a blaming tone.',
      mandatory: false,
      settings: 'All',
      tags: ['parents']
    },
    {
      key: 'parents-information',
      text: 'We share online-safety information with families regularly, through newsletters, letters and our website, {{SchoolWebsite}}, including advice from trusted sources about new apps, games and trends.',
      guidance:
        'Short, regular messages work better than a single long document. Check any advice about a trend with trusted sources before sharing it, so that you do not spread alarm.',
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'communication']
    },
    {
      key: 'parents-sessions',
      text: 'We offer parents and carers at least one online-safety session or resource each year, at times and in formats that suit working families, and we make information available for families whose first language is not English.',
      guidance:
        'Recorded sessions and short videos reach more families than an evening meeting. The sample invitation letter in this bank can be adapted for either.',
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'training']
    },
    {
      key: 'parents-services-used',
      text: 'We tell parents which apps and online services their children use for school work, and we ask for consent where the law or the service requires it.',
      guidance:
        'Keep an up-to-date list of the services pupils use and share it with families. Consent is needed for some services, particularly for younger pupils and where data is shared.',
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'data-protection']
    },
    {
      key: 'parents-aup',
      text: 'Parents and carers are asked to read the pupil acceptable use agreement with their child, to co-sign it where appropriate, and to read and sign the parent and carer agreement.',
      guidance:
        "Reading the agreement together opens a conversation at home. For the youngest pupils, the parent signature matters more than the child's.",
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'aup']
    },
    {
      key: 'parents-controls',
      text: 'We encourage families to use parental controls, age-appropriate settings and filtering on home broadband and devices, while remembering that no control replaces conversation and supervision.',
      guidance:
        "The parents' guide to settings and parental controls in the resources library supports this statement. Remind families that controls are most useful for younger children and need updating as children grow.",
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'controls']
    },
    {
      key: 'parents-concerns',
      text: "Parents and carers who are worried about their child's safety online can speak to the class teacher, form tutor or designated safeguarding lead by contacting the school office on {{SchoolPhone}} or at {{SchoolEmail}}.",
      guidance:
        'A clear route encourages families to tell the school early. Make sure office staff know to pass online-safety concerns to the designated safeguarding lead the same day.',
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'reporting']
    },
    {
      key: 'parents-raise-directly',
      text: 'We ask parents and carers to raise concerns or complaints about the school, staff or other children directly with us, not on social media or in group chats, so that we can listen and help.',
      guidance:
        'Complaints aired online are hard to resolve and can harm children and staff. Link this statement to your complaints procedure.',
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'social-media']
    },
    {
      key: 'parents-role-model',
      text: 'We ask parents and carers to model positive behaviour online, for example by asking before sharing pictures of children, respecting others in comments and following age limits for the apps their children use.',
      guidance:
        'Children learn most from what adults do. The parent and carer acceptable use agreement turns these points into commitments.',
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'conduct']
    },
    {
      key: 'parents-informed-incidents',
      text: 'When an online incident involves their child, we contact parents and carers promptly, unless doing so could put a child at risk, and we explain what the school will do next.',
      guidance:
        'UKCIS and KCSIE both expect parents to be involved in most cases. The designated safeguarding lead decides when telling parents could increase risk, and records the reason.',
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'incidents']
    },
    {
      // New in 2026.2.
      key: 'parents-phones-and-ai',
      text: 'We ask parents and carers to support our rules on phones during the school day, to agree with their child when and where devices are used at home, and to talk with them about AI chatbots, companion apps and images that can be faked.',
      guidance:
        "Phone-free schools work best when families know the reasons and the arrangements for contacting their child. The DfE's January 2026 guidance makes phone-free the default across the school day; the sample letters include one on phones.",
      mandatory: false,
      settings: 'All',
      tags: ['parents', 'phones', 'ai'],
      references: [{ document: 'mobile-phones' }],
      topics: ['mobile-phones'],
      reliability: 'Secondary'
    }
  ]
};
