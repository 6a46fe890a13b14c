import type { StarterSection } from '../StarterContentTypes';

/** Policy section 9: generative AI, for staff, pupils and assessed work. */
export const generativeAiSection: StarterSection = {
  key: 'ai-generative',
  title: 'Generative artificial intelligence (AI)',
  summary:
    "How the school decides which AI tools may be used and by whom, how personal data and pupils' work are protected, how staff check what AI produces, and the rules for AI in homework and assessed work.",
  group: 'Policy',
  statements: [
    {
      key: 'ai-approach',
      text: "{{SchoolName}} uses generative AI where it genuinely helps teaching, learning or the running of the school, and only in ways that are safe, lawful and in line with this policy and the Department for Education's guidance on generative AI in education.",
      guidance:
        'The DfE policy paper on generative AI in education was first published in March 2023 and updated in 2025. Check the current version at each review, as this area changes quickly.',
      mandatory: false,
      settings: 'All',
      tags: ['ai']
    },
    {
      key: 'ai-risk-assessment',
      text: "Before an AI tool is used with pupils or with school data, the online-safety lead and the data protection officer assess its risks, including safeguarding, data protection, age limits and accuracy, complete a data protection impact assessment, and ask the supplier how the tool meets the Department for Education's safety expectations for generative AI products. Only approved tools are used, and the list of approved tools is kept up to date and shared with staff.",
      guidance:
        'DfE guidance asks schools to assess the risks of AI tools before use. A short assessment template, kept with your data protection impact assessments, is usually enough for low-risk tools.',
      mandatory: false,
      settings: 'All',
      tags: ['ai', 'risk-assessment', 'data-protection']
    },
    {
      key: 'ai-supervision-filtering',
      text: 'When pupils use AI tools, their use is supervised and covered by our filtering and monitoring. Tools that cannot be filtered or monitored to a suitable standard are not used with pupils.',
      guidance:
        'DfE guidance links AI use to the filtering and monitoring standards. Ask your filtering provider how it handles AI tools, including image generators built into other services.',
      mandatory: false,
      settings: 'All',
      tags: ['ai', 'filtering', 'monitoring']
    },
    {
      key: 'ai-age-limits',
      text: "We respect the minimum ages and terms of service set by AI tools. Pupils below a tool's minimum age do not use it, including through a teacher's or parent's account.",
      guidance:
        'Many popular AI tools set a minimum age of 13 or 18, sometimes with parental consent in between. Check the terms of each tool when it is approved and again at each review.',
      mandatory: false,
      settings: 'All',
      tags: ['ai', 'age-limits']
    },
    {
      key: 'ai-no-personal-data',
      text: 'Staff and pupils never enter personal or sensitive information, such as names, assessment records, medical details or safeguarding information, into an AI tool unless the school has approved that tool for that purpose after a data protection impact assessment.',
      guidance:
        'Information typed into many AI tools may be stored or used to improve the product. This statement is the most important safeguard in this section; keep it even if you shorten the rest.',
      mandatory: true,
      settings: 'All',
      tags: ['ai', 'data-protection']
    },
    {
      key: 'ai-pupil-work',
      text: "Pupils' work is not used to train AI models unless the school has the permission needed, from the pupil or, where appropriate, from their parent or carer.",
      guidance:
        "DfE guidance notes that pupils' work should not be used to train AI models without consent. Check the settings of approved tools, as some train on user content unless this is switched off.",
      mandatory: false,
      settings: 'All',
      tags: ['ai', 'data-protection', 'consent']
    },
    {
      key: 'ai-staff-check-output',
      text: 'Staff remain responsible for anything they produce with the help of AI. They check AI output for accuracy, bias and suitability before using it in lessons, reports, letters or other communications.',
      guidance:
        'AI tools can produce confident but wrong answers. This statement keeps professional judgement with the member of staff, as DfE guidance expects.',
      mandatory: false,
      settings: 'All',
      tags: ['ai', 'staff']
    },
    {
      key: 'ai-assessed-work',
      text: "Work submitted for a qualification must be the student's own. Students may use AI only where the rules for that assessment allow it, and must acknowledge and reference any use. Unacknowledged or inappropriate use of AI in assessed work is treated as malpractice under Joint Council for Qualifications (JCQ) rules and reported accordingly.",
      guidance:
        "JCQ guidance applies to coursework and non-examined assessment in the qualifications it covers. Teachers sign declarations that work is the student's own, so they need to be confident of it; tell students about these rules before assessed work starts.",
      mandatory: true,
      settings: ['Secondary', 'Post16'],
      tags: ['ai', 'assessment', 'jcq']
    },
    {
      key: 'ai-homework',
      text: 'Teachers make clear whether and how AI may be used for each homework or project. Pupils are taught to use it honestly, for example to generate ideas or test their understanding, rather than to produce work they hand in as their own.',
      guidance:
        'Clear expectations for each task are fairer than a blanket ban. The sample letter on AI and homework explains this approach to parents.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['ai', 'homework', 'curriculum']
    },
    {
      key: 'ai-literacy',
      text: 'Pupils are taught, at a level that suits their age, how AI tools work, why they can be wrong or biased, and how AI can be misused to create fake images, voices and messages.',
      guidance:
        'AI literacy is part of the revised secondary RSHE content, and younger pupils benefit from knowing that pictures and voices can be faked. Link to your curriculum map.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['ai', 'curriculum', 'misinformation']
    },
    {
      key: 'ai-misuse',
      text: 'Using AI to create images, audio or text that bully, harass, sexualise or impersonate another person is a serious breach of this policy and of our behaviour policy. It may also be a criminal offence and is treated as a safeguarding matter.',
      guidance:
        'The Online Safety Act 2023 created offences that include sharing, or threatening to share, intimate images, including deepfakes. The incident section sets out how staff respond.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['ai', 'conduct', 'bullying', 'nudes']
    },
    {
      key: 'ai-openness',
      text: 'We are open with pupils and families about where AI is used in school processes, and no significant decision about a pupil is made by AI alone.',
      guidance:
        'Transparency builds trust and supports data protection duties. If AI tools help with tasks such as report writing or marking, say so in your privacy notice.',
      mandatory: false,
      settings: 'All',
      tags: ['ai', 'transparency', 'data-protection']
    }
  ]
};
