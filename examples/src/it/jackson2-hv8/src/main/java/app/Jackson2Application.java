package app;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;

/** An application with its own Jackson 2 and Hibernate Validator 8 that uses the library beside them. */
public final class Jackson2Application {
  private Jackson2Application() {}

  public static void main(String[] args) throws Exception {
    List<String> mismatches = new ArrayList<>(ConsumerJobs.run(Path.of(args[0]), Path.of(args[1])));
    // The application's own Jackson 2 still works after the library has run.
    String json = new ObjectMapper().writeValueAsString(Map.of("standard", "ST1398"));
    if (!json.equals("{\"standard\":\"ST1398\"}")) {
      mismatches.add("Jackson 2 wrote " + json);
    }
    String engine = Validation.byProvider(HibernateValidator.class).configure().getClass().getPackage()
        .getImplementationVersion();
    Report.exit("Jackson 2 " + ObjectMapper.class.getPackage().getImplementationVersion()
        + ", Hibernate Validator " + engine, mismatches);
  }
}
