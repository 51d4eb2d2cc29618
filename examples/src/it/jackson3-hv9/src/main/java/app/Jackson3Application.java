package app;

import jakarta.validation.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import tools.jackson.databind.json.JsonMapper;

/** An application with its own Jackson 3 and Hibernate Validator 9, at the versions Spring Boot 4 manages. */
public final class Jackson3Application {
  private Jackson3Application() {}

  public static void main(String[] args) throws Exception {
    List<String> mismatches = new ArrayList<>(ConsumerJobs.run(Path.of(args[0]), Path.of(args[1])));
    String json = JsonMapper.builder().build().writeValueAsString(Map.of("standard", "ST1398"));
    if (!json.equals("{\"standard\":\"ST1398\"}")) {
      mismatches.add("Jackson 3 wrote " + json);
    }
    String engine = Validation.byProvider(HibernateValidator.class).configure().getClass().getPackage()
        .getImplementationVersion();
    Report.exit("Jackson " + JsonMapper.class.getPackage().getImplementationVersion()
        + ", Hibernate Validator " + engine, mismatches);
  }
}
