import type { StarterSection } from '../StarterContentTypes';

/** Policy section 12: keeping remote education safe for pupils and staff. */
export const remoteLearningSection: StarterSection = {
  key: 'remote-learning',
  title: 'Remote learning',
  summary:
    'How the school keeps remote education safe: approved platforms, live and recorded lessons, expectations of staff and pupils, loaned devices and safeguarding during remote contact.',
  group: 'Policy',
  statements: [
    {
      key: 'remote-when',
      text: 'When pupils cannot attend {{SchoolName}}, for example during a closure or a long absence, we provide remote education through approved school platforms and school accounts only.',
      guidance:
        'KCSIE expects online-safety policies to cover remote learning. Name your platforms in your remote education policy or here, so that parents know what to expect.',
      mandatory: false,
      settings: 'All',
      tags: ['remote-learning']
    },
    {
      key: 'remote-platform-settings',
      text: 'Remote lessons are set up so that only invited pupils can join, pupils cannot start a meeting on their own, and staff control the chat, screen sharing and recording.',
      guidance:
        'Most platforms let administrators fix these settings centrally. Ask your IT service provider to apply them for all pupil accounts rather than relying on each teacher.',
      mandatory: false,
      settings: 'All',
      tags: ['remote-learning', 'settings']
    },
    {
      key: 'remote-one-to-one',
      text: 'Live teaching is delivered to groups wherever possible. Any one-to-one session is agreed in advance with a senior leader and with parents, takes place on a school platform and follows the safeguards set out in our remote education arrangements.',
      guidance:
        'One-to-one sessions carry more risk for pupils and staff. Common safeguards include a second adult able to join, a parent nearby, or a recording kept for a set period; state which you use.',
      mandatory: true,
      settings: 'All',
      tags: ['remote-learning', 'safeguarding']
    },
    {
      key: 'remote-staff-conduct',
      text: 'Staff teaching remotely dress and behave as they would in school, work from a suitable location with a neutral or blurred background, and use only school accounts and devices.',
      guidance:
        'The staff code of conduct applies online as much as in the classroom. Remind staff to check what is visible and audible behind them before a session starts.',
      mandatory: false,
      settings: 'All',
      tags: ['remote-learning', 'staff']
    },
    {
      key: 'remote-pupil-expectations',
      text: 'Pupils follow the same behaviour expectations in remote lessons as in class. Where possible they join from a shared space at home rather than a bedroom, use their camera and microphone as the teacher asks, and never record, photograph or share a lesson.',
      guidance:
        'A shared space is a request, not a rule, because not all families have one. Explain the reason for each expectation in your letter to parents about remote learning.',
      mandatory: false,
      settings: 'All',
      tags: ['remote-learning', 'pupils', 'conduct']
    },
    {
      key: 'remote-recordings',
      text: 'Lessons are recorded only by the school, for a stated purpose, and pupils and families are told in advance. Recordings are stored on school systems and deleted when no longer needed.',
      guidance:
        'A recording that shows pupils is personal data. Keep the reason for recording, who may view it and when it will be deleted in your privacy notice.',
      mandatory: false,
      settings: 'All',
      tags: ['remote-learning', 'data-protection', 'images']
    },
    {
      key: 'remote-safeguarding',
      text: 'Our safeguarding procedures apply in full during remote learning. Staff report anything they see or hear during remote contact that worries them to the designated safeguarding lead, {{DSLName}}, straight away, just as they would in school.',
      guidance:
        'Remote lessons can give staff a glimpse of home life. Remind staff that a concern seen on screen is reported like any other, and that the designated safeguarding lead can be reached remotely.',
      mandatory: true,
      settings: 'All',
      tags: ['remote-learning', 'safeguarding', 'dsl']
    },
    {
      key: 'remote-loan-devices',
      text: 'School devices lent to pupils for remote learning are filtered and monitored, and families agree to the loan terms and the acceptable use agreement before they receive a device.',
      guidance:
        'The filtering standards cover school devices wherever they are used. Check that off-site filtering works on loan devices before they go home.',
      mandatory: false,
      settings: 'All',
      tags: ['remote-learning', 'filtering', 'devices']
    },
    {
      key: 'remote-tell-parents',
      text: 'We tell parents and carers which platforms their children will use for remote learning, what they will be asked to do online and which members of staff they will be talking to, so that families can support safe use at home.',
      guidance:
        'KCSIE asks schools to keep parents informed about what their children are asked to do online and who they will be interacting with. The sample remote learning letter covers these points.',
      mandatory: false,
      settings: 'All',
      tags: ['remote-learning', 'parents']
    },
    {
      key: 'remote-engagement-welfare',
      text: 'Pupils who do not take part in remote learning are followed up, and contact with pupils we know to be vulnerable is kept up in line with our safeguarding procedures.',
      guidance:
        'Missing remote lessons can be an early sign that something is wrong at home. Agree who follows up and how quickly, and record contact with vulnerable pupils.',
      mandatory: false,
      settings: 'All',
      tags: ['remote-learning', 'safeguarding', 'vulnerable']
    }
  ]
};
