import type { StarterSection } from '../StarterContentTypes';

/** Policy section 1: why the policy exists, whom and what it covers, and where it sits. */
export const purposeScopeSection: StarterSection = {
  key: 'purpose-scope',
  title: 'Purpose, scope and status',
  summary:
    "Why the policy exists, who and what it covers, and how it fits with the school's other safeguarding policies. It opens with the key people for online safety.",
  group: 'Policy',
  statements: [
    {
      key: 'purpose-aim',
      text: 'This policy explains how {{SchoolName}} keeps pupils, staff and the wider school community safe when they use technology, and how we help pupils make safe, well-informed choices online.',
      guidance:
        'A one-sentence statement of purpose lets governors and inspectors see at once what the policy is for. Keep it short: the detail belongs in the sections that follow.',
      mandatory: true,
      settings: 'All',
      tags: ['purpose', 'safeguarding']
    },
    {
      key: 'purpose-part-of-safeguarding',
      text: 'Online safety is part of our safeguarding duty, not a separate technical matter. This policy should be read alongside our child protection and safeguarding policy; if the two ever seem to differ, the child protection policy takes precedence.',
      guidance:
        'Keeping children safe in education (KCSIE) treats online safety as part of safeguarding. Saying which policy prevails removes doubt in the middle of an incident; change the title to match your own child protection policy.',
      mandatory: true,
      settings: 'All',
      tags: ['purpose', 'safeguarding']
    },
    {
      key: 'purpose-whole-school',
      text: 'We take a whole-school approach. Online safety runs through our curriculum, our technical systems, our training, our work with families and the way every adult in school behaves online.',
      guidance:
        'KCSIE expects a whole-school approach to online safety. Schools can add the strands of work that show it in practice, such as pupil digital leaders or a parent forum.',
      mandatory: false,
      settings: 'All',
      tags: ['purpose', 'whole-school']
    },
    {
      key: 'purpose-scope-people',
      text: 'The policy applies to everyone who uses the systems, devices or networks of {{SchoolName}} or who represents the school online: pupils, staff, governors, volunteers, students on placement, supply staff, contractors and visitors.',
      guidance:
        'The scope should be as wide as the group of people who can reach your network. The DfE cyber security standards expect everyone with network access, including guests and supply staff, to agree to an acceptable use policy.',
      mandatory: true,
      settings: 'All',
      tags: ['scope']
    },
    {
      key: 'purpose-scope-places',
      text: 'It covers technology used on the school site, on trips and visits and during remote learning. It also covers behaviour online outside school hours and away from the site where that behaviour affects the safety or wellbeing of pupils or staff.',
      guidance:
        'Many incidents begin at home and arrive in school the next morning. Make sure your behaviour policy gives the same reach beyond the school gate, so that the two documents support each other.',
      mandatory: false,
      settings: 'All',
      tags: ['scope', 'behaviour']
    },
    {
      key: 'purpose-scope-technology',
      text: 'By technology we mean any device or service that can connect, record or share, whether it belongs to the school or to an individual: computers, tablets, mobile phones, smart watches and other wearables, games consoles, cloud services, apps and artificial intelligence (AI) tools.',
      guidance:
        'KCSIE reminds schools that many children have unrestricted access to the internet through mobile data (3G, 4G and 5G). A broad definition means new kinds of device are covered without rewriting the policy.',
      mandatory: false,
      settings: 'All',
      tags: ['scope', 'devices']
    },
    {
      key: 'purpose-related-policies',
      text: 'This policy links to our child protection and safeguarding, behaviour, anti-bullying, relationships and health education, data protection, staff code of conduct, remote education and complaints policies, and to the acceptable use agreements signed by each group.',
      guidance:
        'List the policies your school actually has, using their real titles, so that readers can follow the links. Remove any that you have folded into this document.',
      mandatory: false,
      settings: 'All',
      tags: ['purpose', 'policies']
    },
    {
      key: 'purpose-national-guidance',
      text: "We follow the statutory guidance Keeping children safe in education, the Department for Education's filtering and monitoring standards and cyber security standards, and the other national advice named in this policy. We update the policy when that guidance changes.",
      guidance:
        'Naming the national framework shows governors what the policy answers to. KCSIE is statutory guidance for schools and points them to the filtering and monitoring standards; check the current edition for how firmly each standard is expressed.',
      mandatory: false,
      settings: 'All',
      tags: ['purpose', 'kcsie']
    },
    {
      key: 'purpose-key-people',
      text: 'The key people for online safety at {{SchoolName}} are: headteacher {{HeadteacherName}}; designated safeguarding lead {{DSLName}}; deputy designated safeguarding lead {{DeputyDSLName}}; online-safety lead {{OnlineSafetyLead}}; link governor for online safety, including filtering and monitoring, {{LinkGovernor}}; chair of governors {{ChairOfGovernors}}; and our IT service provider, {{ITServiceProvider}}.',
      guidance:
        'Most policies open with a table of key people so that staff know whom to approach. The names are filled from the school profile, so keep the profile up to date when people change roles.',
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'contacts']
    },
    {
      key: 'purpose-status-approval',
      text: 'The governing board approved this policy on {{ApprovalDate}}. It is shared with staff, explained to pupils in ways that suit their age, and published for parents and carers on our website, {{SchoolWebsite}}.',
      guidance:
        'Publishing the policy helps families understand what the school expects and what it offers. If your board delegates approval to a committee, say which one.',
      mandatory: false,
      settings: 'All',
      tags: ['status', 'governors']
    },
    {
      key: 'purpose-balance',
      text: 'We aim to balance protection with opportunity. Technology is a valuable part of learning and of life, so our approach is to help pupils use it well rather than to frighten them away from it.',
      guidance:
        'Heavy blocking and fear-based messages can stop pupils asking for help when something goes wrong. The DfE filtering standard itself warns against unreasonably getting in the way of teaching and learning.',
      mandatory: false,
      settings: 'All',
      tags: ['purpose', 'wellbeing']
    }
  ]
};
