package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.List;

/** A small DDaT-shaped framework: the machine learning engineer levels and roles that share its skills. */
final class Fixtures {
  static final SkillLevelScale DDAT = SkillLevelScale.ddat();
  static final SkillLevel AWARENESS = DDAT.get("Awareness");
  static final SkillLevel WORKING = DDAT.get("Working");
  static final SkillLevel PRACTITIONER = DDAT.get("Practitioner");
  static final SkillLevel EXPERT = DDAT.get("Expert");

  static final SkillId MATHS = SkillId.ofName("Applied maths, statistics and scientific practices");
  static final SkillId COMMUNICATING = SkillId.ofName("Communicating between the technical and non-technical");
  static final SkillId ETHICS = SkillId.ofName("Data ethics and privacy");
  static final SkillId INNOVATION = SkillId.ofName("Data science innovation");
  static final SkillId PROGRAMMING_SE = SkillId.ofName("Programming and build (software engineering)");
  static final SkillId PROGRAMMING_DS = SkillId.ofName("Programming and build (data science)");
  static final SkillId INTEGRATION = SkillId.ofName("Systems integration");

  static final RoleLevelId SENIOR_MLE = RoleLevelId.ofName("Senior machine learning engineer");
  static final RoleLevelId LEAD_MLE = RoleLevelId.ofName("Lead machine learning engineer");
  static final RoleLevelId DATA_SCIENTIST = RoleLevelId.ofName("Data scientist");
  static final RoleLevelId DEVELOPER = RoleLevelId.ofName("Developer");
  static final RoleLevelId DEVOPS = RoleLevelId.ofName("DevOps engineer");
  static final RoleId MLE = RoleId.ofName("Machine learning engineer");

  private Fixtures() {}

  static Skill skill(SkillId id, String name, SkillLevel... defined) {
    Skill.Builder b = Skill.builder().id(id).name(name);
    for (SkillLevel level : defined) {
      b.putLevelDescription(level, "You can: " + level.label().toLowerCase(java.util.Locale.ROOT));
    }
    return b.build();
  }

  static Skill allLevels(SkillId id, String name) {
    return skill(id, name, AWARENESS, WORKING, PRACTITIONER, EXPERT);
  }

  static RoleLevel level(String name, int rank, SkillRequirement... requirements) {
    return RoleLevel.builder().id(RoleLevelId.ofName(name)).name(name).rank(rank)
        .addRequirements(requirements).build();
  }

  static SkillRequirement at(SkillId skill, SkillLevel level) {
    return SkillRequirement.of(skill, level);
  }

  static final Framework FRAMEWORK = Framework.builder()
      .name("Mini DDaT").publisher("Test").source("test").scale(DDAT)
      .addSkills(allLevels(MATHS, "Applied maths, statistics and scientific practices"),
          allLevels(COMMUNICATING, "Communicating between the technical and non-technical"),
          allLevels(ETHICS, "Data ethics and privacy"),
          allLevels(INNOVATION, "Data science innovation"),
          allLevels(PROGRAMMING_SE, "Programming and build (software engineering)")
              .withIdentity(SkillId.parse("programming-and-build")).withContext("software engineering"),
          allLevels(PROGRAMMING_DS, "Programming and build (data science)")
              .withIdentity(SkillId.parse("programming-and-build")).withContext("data science"),
          skill(INTEGRATION, "Systems integration", WORKING, PRACTITIONER, EXPERT))
      .addRoles(Role.builder().id(MLE).name("Machine learning engineer").family("Data")
          .addLevels(level("Senior machine learning engineer", 3, at(MATHS, PRACTITIONER),
              at(COMMUNICATING, PRACTITIONER), at(ETHICS, PRACTITIONER), at(INNOVATION, PRACTITIONER),
              at(PROGRAMMING_SE, PRACTITIONER), at(INTEGRATION, PRACTITIONER)),
              level("Lead machine learning engineer", 4, at(MATHS, PRACTITIONER), at(COMMUNICATING, EXPERT),
                  at(ETHICS, PRACTITIONER), at(INNOVATION, EXPERT), at(PROGRAMMING_SE, EXPERT),
                  at(INTEGRATION, EXPERT)))
          .build(),
          Role.builder().id(RoleId.ofName("Data scientist")).name("Data scientist").family("Data")
              .addLevels(level("Data scientist", 2, at(MATHS, WORKING), at(ETHICS, WORKING),
                  at(INNOVATION, WORKING), at(PROGRAMMING_DS, WORKING)))
              .build(),
          Role.builder().id(RoleId.ofName("Software developer")).name("Software developer")
              .family("Software development")
              .addLevels(level("Developer", 2, at(PROGRAMMING_SE, WORKING), at(INTEGRATION, WORKING)))
              .build(),
          Role.builder().id(RoleId.ofName("DevOps engineer role")).name("Development operations (DevOps) engineer")
              .family("Software development")
              .addLevels(level("DevOps engineer", 2, at(PROGRAMMING_SE, WORKING), at(INTEGRATION, WORKING)))
              .build())
      .build();

  static final StandardReference ST1398 = StandardReference.parse("ST1398");

  static ProgressionGraph graph(List<ProgressionEdge> edges) {
    return ProgressionGraph.builder().framework(FRAMEWORK)
        .addApprenticeships(ApprenticeshipNode.of(ST1398, "Machine learning engineer", 6,
            List.of(at(MATHS, WORKING), at(PROGRAMMING_SE, WORKING))))
        .addAllEdges(edges).build();
  }

  static ProgressionEdge edge(Object from, Object to, EdgeKind kind) {
    return new ProgressionEdge(node(from), node(to), kind);
  }

  static CareerNode node(Object o) {
    return o instanceof RoleLevelId ? CareerNode.of((RoleLevelId) o) : CareerNode.of((StandardReference) o);
  }
}
