/** The baseline for start-up: a Java hello world, run the same way as the CLI. */
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
