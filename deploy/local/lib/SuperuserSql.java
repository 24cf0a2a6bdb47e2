import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs one SQL statement as the superuser {@code postgres} (trust authentication) and prints the first column
 * of each result row, like {@code psql -tAc}; for postgres.sh where no psql is installed.
 * Usage: java -cp postgresql.jar SuperuserSql.java JDBC_URL SQL
 */
public class SuperuserSql {
    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], "postgres", "");
             Statement statement = connection.createStatement()) {
            if (statement.execute(args[1])) {
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        System.out.println(rows.getString(1));
                    }
                }
            }
        }
    }
}
