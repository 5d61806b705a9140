// Minimal and maximal builder inputs, shared by the builder tests.
import type { AchievementInput, ProfileInput } from '../../src/builders/index.js';

export const fixed = {
  now: () => new Date('2024-05-01T12:34:56.789Z'),
  generateId: (() => {
    let n = 0;
    return () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  })(),
  generateSalt: () => 'pepper',
};

export function fixedOptions() {
  let n = 0;
  return {
    now: () => new Date('2024-05-01T12:34:56.789Z'),
    generateId: () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    generateSalt: () => 'pepper',
  };
}

export const minimalAchievement: AchievementInput = {
  name: 'Teamwork',
  description: 'Works well in teams.',
  criteria: { narrative: 'Peer nominated.' },
};

export const maximalProfile: ProfileInput = {
  id: 'https://example.edu/issuers/1',
  type: ['Profile'],
  name: 'Example University',
  url: 'https://example.edu',
  phone: '+1 555 0100',
  description: 'A public university.',
  image: { id: 'https://example.edu/logo.png', caption: 'Logo' },
  email: 'registrar@example.edu',
  address: {
    streetAddress: '1 Campus Way',
    addressLocality: 'Springfield',
    addressRegion: 'IL',
    postalCode: '62701',
    addressCountry: 'United States',
    addressCountryCode: 'US',
    postOfficeBoxNumber: '12',
    geo: { latitude: 39.78, longitude: -89.65 },
  },
  otherIdentifier: [{ identifier: '12-345', identifierType: 'systemId' }],
  official: 'Dr. Jane Registrar',
  parentOrg: { id: 'https://example.gov/system', name: 'State University System' },
  endorsementJwt: 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln',
};

export const maximalAchievement: AchievementInput = {
  id: 'https://example.edu/achievements/data-101',
  type: ['Achievement'],
  name: 'Introduction to Data Analysis',
  description: 'Cleans, summarises and visualises data.',
  criteria: { id: 'https://example.edu/courses/data-101', narrative: 'Pass the final project.' },
  achievementType: 'Course',
  alignment: [
    {
      targetName: 'Data literacy',
      targetUrl: 'https://case.example/items/1',
      targetCode: 'DL-1',
      targetDescription: 'Reads data.',
      targetFramework: 'Skills 2030',
      targetType: 'CFItem',
    },
    { targetName: 'Custom', targetUrl: 'https://skills.example/2', targetType: 'ext:LocalSkill' },
  ],
  creator: { id: 'https://example.edu/departments/stats', name: 'Department of Statistics' },
  creditsAvailable: 3,
  fieldOfStudy: 'Statistics',
  humanCode: 'DATA-101',
  image: { id: 'data:image/png;base64,iVBORw0KGgo=' },
  inLanguage: 'en',
  otherIdentifier: { identifier: 'CRS-101', identifierType: 'sisSourcedId' },
  related: { id: 'https://example.edu/achievements/data-101-es', inLanguage: 'es', version: '2' },
  resultDescription: [
    {
      id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
      name: 'Final grade',
      resultType: 'LetterGrade',
      allowedValue: ['A', 'B', 'C', 'D', 'F'],
      requiredValue: 'C',
    },
    {
      id: 'urn:uuid:22222222-2222-4222-8222-222222222222',
      name: 'Project rubric',
      resultType: 'RubricCriterionLevel',
      requiredLevel: 'urn:uuid:33333333-3333-4333-8333-333333333333',
      rubricCriterionLevel: [
        {
          id: 'urn:uuid:33333333-3333-4333-8333-333333333333',
          name: 'Proficient',
          level: '3',
          points: '30',
          description: 'Meets expectations.',
        },
      ],
      valueMin: '0',
      valueMax: '40',
    },
  ],
  specialization: 'Applied statistics',
  tag: ['data', 'statistics'],
  version: '2024',
};
